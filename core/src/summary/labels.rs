//! Fixed wording printed by the exports (headings and metadata labels).

use crate::text::Bilingual;

pub const UNTITLED: Bilingual = Bilingual::new("Executive summary", "Resumen ejecutivo");
pub const COP: Bilingual = Bilingual::new("Community of Practice", "Comunidad de Práctica");
pub const AUTHORS: Bilingual = Bilingual::new("Authors", "Autoría");
pub const DATE: Bilingual = Bilingual::new("Date", "Fecha");
pub const AUDIENCE: Bilingual = Bilingual::new("For", "Dirigido a");
pub const FINDINGS: Bilingual =
    Bilingual::new("Findings and recommendations", "Hallazgos y recomendaciones");
pub const FINDING: Bilingual = Bilingual::new("Finding", "Hallazgo");
pub const RECOMMENDATIONS: Bilingual = Bilingual::new("Recommendations", "Recomendaciones");
pub const OTHER_RECOMMENDATIONS: Bilingual =
    Bilingual::new("Other recommendations", "Otras recomendaciones");
pub const FORMAT_NOTE: Bilingual = Bilingual::new(
    "Format: 1 page of main messages, a 3-page executive summary and a report of up to 25 pages (CFHI 1:3:25).",
    "Formato: 1 página de mensajes principales, un resumen ejecutivo de 3 páginas y un informe de hasta 25 páginas (CFHI 1:3:25).",
);
