//! The parts of the executive summary and of the report, with their bilingual labels.

use serde::{Deserialize, Serialize};

use crate::text::{Bilingual, Lang};

/// What a section is for. The kind gives the default heading (in the reader's language) and
/// the order of the template; a custom heading on the section overrides the label.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SectionKind {
    // Executive summary (the "3"): condensed for a busy reader.
    WhatWeStudied,
    WhatWeDid,
    WhatWeFound,
    WhatItMeans,
    // Report (the "25").
    Context,
    ProblemAndQuestion,
    Methods,
    Results,
    Conclusions,
    FurtherResearch,
    References,
    Appendices,
    /// A section the team added with its own heading. Also what an unknown kind from a newer
    /// file becomes, so an older app can still open it.
    #[default]
    #[serde(other)]
    Custom,
}

impl SectionKind {
    /// Template order of the executive summary.
    pub const EXECUTIVE: [SectionKind; 4] = [
        SectionKind::WhatWeStudied,
        SectionKind::WhatWeDid,
        SectionKind::WhatWeFound,
        SectionKind::WhatItMeans,
    ];

    /// Template order of the report, following the CFHI outline: context, problem and question,
    /// approach, results, conclusions and implications, further research, references, appendices.
    pub const REPORT: [SectionKind; 8] = [
        SectionKind::Context,
        SectionKind::ProblemAndQuestion,
        SectionKind::Methods,
        SectionKind::Results,
        SectionKind::Conclusions,
        SectionKind::FurtherResearch,
        SectionKind::References,
        SectionKind::Appendices,
    ];

    pub fn label(self, lang: Lang) -> &'static str {
        self.text().get(lang)
    }

    /// A one-line hint for the editor's placeholder: what goes in this section.
    pub fn hint(self, lang: Lang) -> &'static str {
        self.hint_text().get(lang)
    }

    /// Stable id used for the template's sections (the core has no randomness, so template
    /// ids are fixed; sections the user adds get ids from the caller).
    pub fn template_id(self) -> &'static str {
        match self {
            SectionKind::WhatWeStudied => "exec-studied",
            SectionKind::WhatWeDid => "exec-did",
            SectionKind::WhatWeFound => "exec-found",
            SectionKind::WhatItMeans => "exec-means",
            SectionKind::Context => "report-context",
            SectionKind::ProblemAndQuestion => "report-problem",
            SectionKind::Methods => "report-methods",
            SectionKind::Results => "report-results",
            SectionKind::Conclusions => "report-conclusions",
            SectionKind::FurtherResearch => "report-further",
            SectionKind::References => "report-references",
            SectionKind::Appendices => "report-appendices",
            SectionKind::Custom => "custom",
        }
    }

    fn text(self) -> Bilingual {
        match self {
            SectionKind::WhatWeStudied => {
                Bilingual::new("What we studied and why", "Qué estudiamos y por qué")
            }
            SectionKind::WhatWeDid => Bilingual::new("What we did", "Qué hicimos"),
            SectionKind::WhatWeFound => Bilingual::new("What we found", "Qué encontramos"),
            SectionKind::WhatItMeans => {
                Bilingual::new("What it means for decisions", "Qué significa para las decisiones")
            }
            SectionKind::Context => Bilingual::new("Context", "Contexto"),
            SectionKind::ProblemAndQuestion => Bilingual::new(
                "Implementation problem and research question",
                "Problema de implementación y pregunta de investigación",
            ),
            SectionKind::Methods => Bilingual::new("Approach and methods", "Enfoque y métodos"),
            SectionKind::Results => Bilingual::new("Results", "Resultados"),
            SectionKind::Conclusions => {
                Bilingual::new("Conclusions and implications", "Conclusiones e implicaciones")
            }
            SectionKind::FurtherResearch => {
                Bilingual::new("Further research", "Investigación futura")
            }
            SectionKind::References => Bilingual::new("References", "Referencias"),
            SectionKind::Appendices => Bilingual::new("Appendices", "Anexos"),
            SectionKind::Custom => Bilingual::new("Other section", "Otra sección"),
        }
    }

    fn hint_text(self) -> Bilingual {
        match self {
            SectionKind::WhatWeStudied => Bilingual::new(
                "The problem in your programme and the question you asked, in two or three sentences.",
                "El problema en su programa y la pregunta que se hicieron, en dos o tres oraciones.",
            ),
            SectionKind::WhatWeDid => Bilingual::new(
                "What you did, where and with whom; only as much method as the reader needs.",
                "Qué hicieron, dónde y con quién; solo el método que el lector necesita.",
            ),
            SectionKind::WhatWeFound => Bilingual::new(
                "The main results, with the key figures.",
                "Los resultados principales, con las cifras clave.",
            ),
            SectionKind::WhatItMeans => Bilingual::new(
                "What the results mean for the people who decide, and what they can do.",
                "Qué significan los resultados para quienes deciden y qué pueden hacer.",
            ),
            SectionKind::Context => Bilingual::new(
                "The programme, the place and why the topic matters now.",
                "El programa, el lugar y por qué el tema importa ahora.",
            ),
            SectionKind::ProblemAndQuestion => Bilingual::new(
                "The implementation problem and the research question or objectives.",
                "El problema de implementación y la pregunta u objetivos de investigación.",
            ),
            SectionKind::Methods => Bilingual::new(
                "Design, setting, participants, data collection and analysis.",
                "Diseño, lugar, participantes, recolección y análisis de datos.",
            ),
            SectionKind::Results => Bilingual::new(
                "Results in full, with tables where they help.",
                "Resultados completos, con tablas cuando ayuden.",
            ),
            SectionKind::Conclusions => Bilingual::new(
                "What you conclude and what it implies for the programme.",
                "Qué concluyen y qué implica para el programa.",
            ),
            SectionKind::FurtherResearch => Bilingual::new(
                "Questions still open (this is the place for them, not the main messages).",
                "Preguntas que quedan abiertas (este es su lugar, no los mensajes principales).",
            ),
            SectionKind::References => Bilingual::new(
                "Norms, guides and studies you cite.",
                "Normas, guías y estudios que citan.",
            ),
            SectionKind::Appendices => Bilingual::new(
                "Instruments, extra tables, details.",
                "Instrumentos, tablas adicionales, detalles.",
            ),
            SectionKind::Custom => Bilingual::new(
                "Anything else the reader needs.",
                "Cualquier otra cosa que el lector necesite.",
            ),
        }
    }
}
