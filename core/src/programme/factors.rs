//! Barriers and facilitating factors: what helped or hindered a CoP, inside it or around it.
//!
//! The paper appraised them alongside the five criteria (its Discussion); keeping them dated
//! next to the scores lets a programme see, for example, that a drop in a CoP's rating followed
//! a change of health authorities. Suggestions come from the factors the paper names, so a
//! team starts from examples in its own words rather than a blank box.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::composition::is_iso_date;
use crate::text::{Bilingual, Lang};

/// Longest description: a short paragraph, enough for what happened and its effect.
pub const DESCRIPTION_MAX: usize = 500;

/// Inside the CoP (its people and how they work) or around it (politics, epidemics, distance).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    Internal,
    External,
}

impl Scope {
    pub const ALL: [Scope; 2] = [Scope::Internal, Scope::External];

    pub fn label(self, lang: Lang) -> &'static str {
        let b = match self {
            Scope::Internal => Bilingual::new("internal", "interno"),
            Scope::External => Bilingual::new("external", "externo"),
        };
        b.get(lang)
    }
}

/// Whether the factor helped or hindered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Effect {
    Enabling,
    Hindering,
}

impl Effect {
    pub const ALL: [Effect; 2] = [Effect::Enabling, Effect::Hindering];

    /// The glossary's nouns: "facilitating factor" / "barrier".
    pub fn label(self, lang: Lang) -> &'static str {
        let b = match self {
            Effect::Enabling => Bilingual::new("facilitating factor", "factor facilitador"),
            Effect::Hindering => Bilingual::new("barrier", "barrera"),
        };
        b.get(lang)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Factor {
    /// Caller-made, stable: edits and removals refer to it.
    pub id: String,
    pub scope: Scope,
    pub effect: Effect,
    pub description: String,
    /// When it happened or was noticed: `yyyy`, `yyyy-mm` or `yyyy-mm-dd` (the paper often only
    /// knows the year), or empty.
    #[serde(default)]
    pub date: String,
}

/// The editable part of a factor, as typed in the form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FactorFields {
    pub scope: Scope,
    pub effect: Effect,
    pub description: String,
    pub date: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FactorError {
    DescriptionEmpty,
    DescriptionTooLong { max: usize },
    BadDate(String),
    UnknownFactor(String),
    DuplicateId(String),
}

impl FactorError {
    /// Which form field it belongs to ("" for the whole form).
    pub fn field(&self) -> &'static str {
        match self {
            FactorError::DescriptionEmpty | FactorError::DescriptionTooLong { .. } => "description",
            FactorError::BadDate(_) => "date",
            FactorError::UnknownFactor(_) | FactorError::DuplicateId(_) => "",
        }
    }

    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (FactorError::DescriptionEmpty, Lang::En) => {
                "Describe what happened and how it helped or hindered the CoP.".into()
            }
            (FactorError::DescriptionEmpty, Lang::Es) => {
                "Describa qué ocurrió y cómo ayudó o dificultó el trabajo de la CdP.".into()
            }
            (FactorError::DescriptionTooLong { max }, Lang::En) => {
                format!("The description is too long: use at most {max} characters.")
            }
            (FactorError::DescriptionTooLong { max }, Lang::Es) => {
                format!("La descripción es demasiado larga: use como máximo {max} caracteres.")
            }
            (FactorError::BadDate(d), Lang::En) => format!(
                "\"{d}\" is not a valid date. Write year-month-day (2014-06-15), year-month \
                 (2014-06) or just the year (2014), or leave it empty."
            ),
            (FactorError::BadDate(d), Lang::Es) => format!(
                "«{d}» no es una fecha válida. Escriba año-mes-día (2014-06-15), año-mes \
                 (2014-06) o solo el año (2014), o déjela vacía."
            ),
            (FactorError::UnknownFactor(_), Lang::En) => {
                "This factor no longer exists; reload and try again.".into()
            }
            (FactorError::UnknownFactor(_), Lang::Es) => {
                "Este factor ya no existe; vuelva a cargar e intente de nuevo.".into()
            }
            (FactorError::DuplicateId(id), Lang::En) => {
                format!("A factor with id \"{id}\" already exists.")
            }
            (FactorError::DuplicateId(id), Lang::Es) => {
                format!("Ya existe un factor con el identificador «{id}».")
            }
        }
    }
}

impl fmt::Display for FactorError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for FactorError {}

impl FactorFields {
    /// Trims the text and checks the limits; returns every problem, description first.
    pub fn validate(&self) -> Result<FactorFields, Vec<FactorError>> {
        let description = self.description.trim().to_string();
        let date = self.date.trim().to_string();
        let mut errors = Vec::new();
        if description.is_empty() {
            errors.push(FactorError::DescriptionEmpty);
        } else if description.chars().count() > DESCRIPTION_MAX {
            errors.push(FactorError::DescriptionTooLong { max: DESCRIPTION_MAX });
        }
        if !date.is_empty() && !is_iso_date(&date) {
            errors.push(FactorError::BadDate(date.clone()));
        }
        if errors.is_empty() {
            Ok(FactorFields { scope: self.scope, effect: self.effect, description, date })
        } else {
            Err(errors)
        }
    }
}

impl Factor {
    pub fn fields(&self) -> FactorFields {
        FactorFields {
            scope: self.scope,
            effect: self.effect,
            description: self.description.clone(),
            date: self.date.clone(),
        }
    }
}

/// Adds a validated factor at the end of the log.
pub fn add_factor(
    list: &mut Vec<Factor>,
    id: impl Into<String>,
    fields: &FactorFields,
) -> Result<(), Vec<FactorError>> {
    let id = id.into();
    if list.iter().any(|f| f.id == id) {
        return Err(vec![FactorError::DuplicateId(id)]);
    }
    let c = fields.validate()?;
    list.push(Factor {
        id,
        scope: c.scope,
        effect: c.effect,
        description: c.description,
        date: c.date,
    });
    Ok(())
}

/// Replaces a factor's fields, keeping its id and place.
pub fn edit_factor(
    list: &mut [Factor],
    id: &str,
    fields: &FactorFields,
) -> Result<(), Vec<FactorError>> {
    let c = fields.validate()?;
    let f = list
        .iter_mut()
        .find(|f| f.id == id)
        .ok_or_else(|| vec![FactorError::UnknownFactor(id.to_string())])?;
    f.scope = c.scope;
    f.effect = c.effect;
    f.description = c.description;
    f.date = c.date;
    Ok(())
}

/// Removes a factor and hands it back with its position, so the UI can offer undo.
pub fn remove_factor(list: &mut Vec<Factor>, id: &str) -> Result<(usize, Factor), FactorError> {
    let i = list
        .iter()
        .position(|f| f.id == id)
        .ok_or_else(|| FactorError::UnknownFactor(id.to_string()))?;
    Ok((i, list.remove(i)))
}

/// Puts a removed factor back where it was (or at the end if the log has shrunk since).
pub fn restore_factor(
    list: &mut Vec<Factor>,
    index: usize,
    factor: Factor,
) -> Result<(), FactorError> {
    if list.iter().any(|f| f.id == factor.id) {
        return Err(FactorError::DuplicateId(factor.id));
    }
    list.insert(index.min(list.len()), factor);
    Ok(())
}

/// A factor the paper names, offered as a starting point.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FactorSuggestion {
    pub scope: Scope,
    pub effect: Effect,
    pub text: Bilingual,
}

impl FactorSuggestion {
    /// The suggestion as form fields in `lang`, undated (the team knows when it happened).
    pub fn fields(&self, lang: Lang) -> FactorFields {
        FactorFields {
            scope: self.scope,
            effect: self.effect,
            description: self.text.get(lang).to_string(),
            date: String::new(),
        }
    }
}

/// The paper's barriers and facilitating factors (Discussion), in our words.
pub const FACTOR_SUGGESTIONS: [FactorSuggestion; 8] = [
    FactorSuggestion {
        scope: Scope::Internal,
        effect: Effect::Enabling,
        text: Bilingual::new(
            "Close, regular working relationship between the policy champion, the facilitator and the research team.",
            "Relación de trabajo estrecha y regular entre el líder institucional, el facilitador y el equipo de investigación.",
        ),
    },
    FactorSuggestion {
        scope: Scope::Internal,
        effect: Effect::Enabling,
        text: Bilingual::new(
            "Trust and integration among members, including the champion and the facilitator, which made consensus easier.",
            "Confianza e integración entre las y los integrantes, incluidos el líder institucional y el facilitador, que facilitaron el consenso.",
        ),
    },
    FactorSuggestion {
        scope: Scope::Internal,
        effect: Effect::Enabling,
        text: Bilingual::new(
            "Varied professional profiles in the CoP: strategic staff and frontline physicians, nurses and health promoters.",
            "Perfiles profesionales variados en la CdP: personal estratégico y médicos, enfermeras y promotores de salud operativos.",
        ),
    },
    FactorSuggestion {
        scope: Scope::Internal,
        effect: Effect::Enabling,
        text: Bilingual::new(
            "Direct contact with high-level health authorities from the start of the project.",
            "Contacto directo con las autoridades de salud de alto nivel desde el inicio del proyecto.",
        ),
    },
    FactorSuggestion {
        scope: Scope::External,
        effect: Effect::Hindering,
        text: Bilingual::new(
            "Political turnover: frequent changes of health officials interrupted support for the CoP.",
            "Cambios políticos: la rotación frecuente de funcionarios de salud interrumpió el apoyo a la CdP.",
        ),
    },
    FactorSuggestion {
        scope: Scope::External,
        effect: Effect::Hindering,
        text: Bilingual::new(
            "Epidemics (such as dengue and chikungunya) diverted members from the CoP's objectives.",
            "Epidemias (como dengue y chikungunya) desviaron a las y los integrantes de los objetivos de la CdP.",
        ),
    },
    FactorSuggestion {
        scope: Scope::External,
        effect: Effect::Hindering,
        text: Bilingual::new(
            "Distance and technology problems made follow-up of the CoP's activities difficult.",
            "La distancia y los problemas de tecnología dificultaron el seguimiento de las actividades de la CdP.",
        ),
    },
    FactorSuggestion {
        scope: Scope::Internal,
        effect: Effect::Hindering,
        text: Bilingual::new(
            "Social media suited short messages but not in-depth joint work, so face-to-face workshops were needed.",
            "Las redes sociales sirvieron para mensajes cortos, pero no para el trabajo conjunto a fondo, por lo que se necesitaron talleres presenciales.",
        ),
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(text: &str, date: &str) -> FactorFields {
        FactorFields {
            scope: Scope::External,
            effect: Effect::Hindering,
            description: text.into(),
            date: date.into(),
        }
    }

    #[test]
    fn add_edit_remove_restore() {
        let mut log = Vec::new();
        add_factor(&mut log, "f1", &fields("  Dengue epidemic ", "2014")).unwrap();
        assert_eq!(log[0].description, "Dengue epidemic");
        assert_eq!(
            add_factor(&mut log, "f1", &fields("x", "")),
            Err(vec![FactorError::DuplicateId("f1".into())])
        );
        add_factor(&mut log, "f2", &fields("Turnover", "2014-03")).unwrap();
        let mut changed = fields("Chikungunya", "2014-10-01");
        changed.effect = Effect::Enabling;
        edit_factor(&mut log, "f1", &changed).unwrap();
        assert_eq!(log[0].effect, Effect::Enabling);
        assert_eq!(log[0].fields(), changed);
        assert!(edit_factor(&mut log, "nope", &changed).is_err());
        let (i, gone) = remove_factor(&mut log, "f1").unwrap();
        assert_eq!((i, log.len()), (0, 1));
        restore_factor(&mut log, i, gone).unwrap();
        assert_eq!(log[0].id, "f1");
        assert_eq!(remove_factor(&mut log, "zz"), Err(FactorError::UnknownFactor("zz".into())));
    }

    #[test]
    fn validation_reports_every_problem() {
        let long = "x".repeat(DESCRIPTION_MAX + 1);
        let errs = fields(&long, "2014-13").validate().unwrap_err();
        assert_eq!(
            errs,
            vec![
                FactorError::DescriptionTooLong { max: DESCRIPTION_MAX },
                FactorError::BadDate("2014-13".into())
            ]
        );
        assert_eq!(errs[1].field(), "date");
        assert_eq!(fields(" ", "").validate(), Err(vec![FactorError::DescriptionEmpty]));
        // Exactly at the limit, counted in characters (ñ is one).
        assert!(fields(&"ñ".repeat(DESCRIPTION_MAX), "").validate().is_ok());
        for e in errs {
            assert_ne!(e.message(Lang::En), e.message(Lang::Es));
        }
    }

    #[test]
    fn suggestions_are_valid_in_both_languages() {
        for s in FACTOR_SUGGESTIONS {
            for lang in [Lang::En, Lang::Es] {
                assert!(s.fields(lang).validate().is_ok());
            }
        }
        assert_ne!(Scope::Internal.label(Lang::Es), Scope::Internal.label(Lang::En));
        assert_eq!(Effect::Hindering.label(Lang::Es), "barrera");
    }
}
