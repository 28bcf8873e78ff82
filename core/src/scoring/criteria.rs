//! The five criteria of the paper's Table 1, held as data so that the wizard, the printed grid
//! and the "About the method" page all show the same words.
//!
//! The wording is our own, in English and Spanish, kept faithful to Table 1 and to the glossary
//! (`shared/reference/glossary.md`): users are health staff in Mexico and Nicaragua, so the
//! Spanish uses their terms (CdP, integrantes, autoridades de salud, diario de campo).

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::scoring::rating::Rating;
use crate::text::Bilingual;

/// Which criterion. Declared in the paper's order, so the derived `Ord` (used by the
/// `BTreeMap`s of an assessment) also lists criteria in that order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CriterionId {
    Integration,
    Ownership,
    TimelyDelivery,
    Feedback,
    Influence,
}

impl CriterionId {
    /// All five, in the paper's order (1 to 5).
    pub const ALL: [CriterionId; 5] = [
        CriterionId::Integration,
        CriterionId::Ownership,
        CriterionId::TimelyDelivery,
        CriterionId::Feedback,
        CriterionId::Influence,
    ];

    /// The stable name used in stored files (same as serde's).
    pub fn as_str(self) -> &'static str {
        match self {
            CriterionId::Integration => "integration",
            CriterionId::Ownership => "ownership",
            CriterionId::TimelyDelivery => "timely_delivery",
            CriterionId::Feedback => "feedback",
            CriterionId::Influence => "influence",
        }
    }

    /// Position in `ALL` and `CRITERIA` (0 to 4).
    pub fn index(self) -> usize {
        match self {
            CriterionId::Integration => 0,
            CriterionId::Ownership => 1,
            CriterionId::TimelyDelivery => 2,
            CriterionId::Feedback => 3,
            CriterionId::Influence => 4,
        }
    }

    /// The number the paper gives the criterion (1 to 5).
    pub fn number(self) -> u8 {
        // index() is at most 4, so this cannot overflow.
        self.index() as u8 + 1
    }
}

impl fmt::Display for CriterionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A criterion name that is not one of the five (e.g. in a hand-edited file or a URL).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownCriterion(pub String);

impl fmt::Display for UnknownCriterion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "\"{}\" is not a criterion; expected one of integration, ownership, timely_delivery, \
             feedback, influence",
            self.0
        )
    }
}

impl std::error::Error for UnknownCriterion {}

impl FromStr for CriterionId {
    type Err = UnknownCriterion;

    /// Parses the stable name (`as_str`). Exact match only: these names come from our own
    /// files and URLs, never from people typing.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        CriterionId::ALL
            .into_iter()
            .find(|c| c.as_str() == s)
            .ok_or_else(|| UnknownCriterion(s.to_string()))
    }
}

/// One row of Table 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Criterion {
    pub id: CriterionId,
    /// 1 to 5, as numbered in the paper.
    pub number: u8,
    pub name: Bilingual,
    /// One or two words for tight places (the wizard's step list on a phone).
    pub short: Bilingual,
    /// What the criterion looks at.
    pub looks_at: Bilingual,
    /// Where the rater finds the evidence (source of evidence / fuente de evidencia).
    pub evidence: Bilingual,
    /// What a rating of 1, 3 and 5 looks like, in that order.
    pub descriptors: [Bilingual; 3],
}

impl Criterion {
    /// The descriptor for a rating: the text a rater compares the evidence with.
    pub fn descriptor(&self, rating: Rating) -> Bilingual {
        let i = match rating {
            Rating::One => 0,
            Rating::Three => 1,
            Rating::Five => 2,
        };
        self.descriptors[i]
    }
}

/// The row of Table 1 for a criterion.
pub fn criterion(id: CriterionId) -> &'static Criterion {
    &CRITERIA[id.index()]
}

const FIELD_DIARY: Bilingual =
    Bilingual::new("Results reports (field diary)", "Informes de resultados (diario de campo)");

/// Table 1, in the paper's order. A `static` (not a `const`) so that `criterion()` can hand
/// out `'static` references.
pub static CRITERIA: [Criterion; 5] = [
    Criterion {
        id: CriterionId::Integration,
        number: 1,
        name: Bilingual::new("Integration of the CoP", "Integración de la CdP"),
        short: Bilingual::new("Integration", "Integración"),
        looks_at: Bilingual::new(
            "How members communicate with one another and reach agreement.",
            "Cómo se comunican las y los integrantes y cómo llegan a acuerdos.",
        ),
        evidence: Bilingual::new("Concept-mapping platform", "Plataforma de mapeo conceptual"),
        descriptors: [
            Bilingual::new(
                "Only a few members communicate; most take part in group tasks only now and \
                 then.",
                "Solo unos pocos integrantes se comunican; la mayoría participa en las tareas \
                 del grupo solo de vez en cuando.",
            ),
            Bilingual::new(
                "Everyone communicates well, but agreeing on what to do is hard, and attendance \
                 and participation are irregular.",
                "Todos se comunican bien, pero cuesta llegar a un consenso para actuar, y la \
                 asistencia y la participación son irregulares.",
            ),
            Bilingual::new(
                "Good communication makes consensus easy; members work as a group, attend \
                 regularly and take an active part.",
                "La buena comunicación facilita el consenso; se trabaja en grupo, con asistencia \
                 regular y participación activa.",
            ),
        ],
    },
    Criterion {
        id: CriterionId::Ownership,
        number: 2,
        name: Bilingual::new("Ownership of the methodology", "Apropiación de la metodología"),
        short: Bilingual::new("Ownership", "Apropiación"),
        looks_at: Bilingual::new(
            "Whether the CoP uses implementation research methods creatively and effectively.",
            "Si la CdP usa los métodos de investigación de implementación de forma creativa y \
             eficaz.",
        ),
        evidence: FIELD_DIARY,
        descriptors: [
            Bilingual::new(
                "Methods are used poorly because of organisational problems within the CoP.",
                "Los métodos se usan de forma deficiente por problemas de organización dentro de \
                 la CdP.",
            ),
            Bilingual::new(
                "Methods are used and most difficulties are solved.",
                "Los métodos se usan y se resuelve la mayoría de las dificultades.",
            ),
            Bilingual::new(
                "Methods are used promptly, and difficulties are solved in innovative ways.",
                "Los métodos se usan con agilidad y las dificultades se resuelven con \
                 procedimientos innovadores.",
            ),
        ],
    },
    Criterion {
        id: CriterionId::TimelyDelivery,
        number: 3,
        name: Bilingual::new("Timely delivery of products", "Entrega oportuna de productos"),
        short: Bilingual::new("Timely delivery", "Entrega oportuna"),
        looks_at: Bilingual::new(
            "Producing the three main products (literature review, implementation research \
             protocol, research report and conclusions) with good quality and delivering them on \
             time.",
            "Elaborar con buena calidad y entregar a tiempo los tres productos principales \
             (revisión de la literatura, protocolo de investigación de implementación, informe de \
             resultados y conclusiones).",
        ),
        evidence: FIELD_DIARY,
        descriptors: [
            Bilingual::new(
                "None of the three main products was delivered on time with satisfactory \
                 quality.",
                "Ninguno de los tres productos principales se entregó a tiempo con calidad \
                 satisfactoria.",
            ),
            Bilingual::new(
                "The first or second main product was delivered, with minor technical flaws.",
                "Se entregó el primer o el segundo producto principal, con fallas técnicas \
                 menores.",
            ),
            Bilingual::new(
                "All three main products were delivered on time with satisfactory quality.",
                "Los tres productos principales se entregaron a tiempo con calidad \
                 satisfactoria.",
            ),
        ],
    },
    Criterion {
        id: CriterionId::Feedback,
        number: 4,
        name: Bilingual::new(
            "Feedback to decision-makers",
            "Retroalimentación a tomadores de decisiones",
        ),
        short: Bilingual::new("Feedback", "Retroalimentación"),
        looks_at: Bilingual::new(
            "Presenting the results to maternal-health staff and health authorities.",
            "La presentación de los resultados al personal de salud materna y a las autoridades \
             de salud.",
        ),
        evidence: Bilingual::new(
            "Reports of meetings with health authorities (field diary)",
            "Informes de las reuniones con autoridades de salud (diario de campo)",
        ),
        descriptors: [
            Bilingual::new(
                "The final results were shared only among CoP members.",
                "Los resultados finales se compartieron solo entre integrantes de la CdP.",
            ),
            Bilingual::new(
                "The results were shared with fellow health staff or local-level authorities.",
                "Los resultados se compartieron con otros trabajadores de la salud o con \
                 autoridades del nivel local.",
            ),
            Bilingual::new(
                "The results were shared with high-level local health authorities and with \
                 health-system staff.",
                "Los resultados se compartieron con autoridades de salud de alto nivel en el \
                 ámbito local y con personal del sistema de salud.",
            ),
        ],
    },
    Criterion {
        id: CriterionId::Influence,
        number: 5,
        name: Bilingual::new("Influence on program changes", "Influencia en cambios del programa"),
        short: Bilingual::new("Influence", "Influencia"),
        looks_at: Bilingual::new(
            "Whether health authorities use the evidence the CoP produced.",
            "Si las autoridades de salud usan la evidencia que generó la CdP.",
        ),
        evidence: Bilingual::new(
            "Follow-up, with decision-makers, of changes in maternal-health services",
            "Seguimiento, con tomadores de decisiones, de los cambios en los servicios de salud \
             materna",
        ),
        descriptors: [
            Bilingual::new(
                "The results have not been used, although organising the CoP has been useful in \
                 itself.",
                "Los resultados no se han utilizado, aunque la organización de la propia CdP ha \
                 sido útil.",
            ),
            Bilingual::new(
                "The results have been used to act on the maternal-health program the members \
                 work in.",
                "Los resultados se han utilizado para actuar en el programa de salud materna en \
                 el que trabajan los integrantes.",
            ),
            Bilingual::new(
                "The results have been used in that program and for interventions in other \
                 areas.",
                "Los resultados se han utilizado en ese programa y en intervenciones de otros \
                 ámbitos.",
            ),
        ],
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_rows_match_their_ids_and_numbers() {
        for (i, id) in CriterionId::ALL.into_iter().enumerate() {
            let c = criterion(id);
            assert_eq!(c.id, id);
            assert_eq!(id.index(), i);
            assert_eq!(c.number as usize, i + 1);
            assert_eq!(id.number(), c.number);
        }
    }

    #[test]
    fn every_text_is_filled_in_both_languages() {
        for c in &CRITERIA {
            let mut texts = vec![c.name, c.short, c.looks_at, c.evidence];
            texts.extend(c.descriptors);
            for t in texts {
                assert!(!t.en.trim().is_empty() && !t.es.trim().is_empty(), "{:?}", c.id);
                assert_ne!(t.en, t.es, "untranslated text in {:?}", c.id);
                // The line continuations above must not leave double spaces behind.
                assert!(!t.en.contains("  ") && !t.es.contains("  "), "{t:?}");
            }
        }
    }

    #[test]
    fn names_use_the_glossary_terms() {
        let names: Vec<_> = CRITERIA.iter().map(|c| c.name.es).collect();
        assert_eq!(
            names,
            [
                "Integración de la CdP",
                "Apropiación de la metodología",
                "Entrega oportuna de productos",
                "Retroalimentación a tomadores de decisiones",
                "Influencia en cambios del programa",
            ]
        );
        assert_eq!(
            criterion(CriterionId::Integration).descriptor(Rating::Five),
            CRITERIA[0].descriptors[2]
        );
    }

    #[test]
    fn names_round_trip_through_str_and_serde() {
        for id in CriterionId::ALL {
            assert_eq!(id.as_str().parse::<CriterionId>(), Ok(id));
            assert_eq!(serde_json::to_value(id).unwrap(), id.as_str());
            assert_eq!(id.to_string(), id.as_str());
        }
        let err = "Integration".parse::<CriterionId>().unwrap_err();
        assert!(err.to_string().contains("\"Integration\" is not a criterion"));
        assert!(serde_json::from_str::<CriterionId>("\"timely\"").is_err());
    }
}
