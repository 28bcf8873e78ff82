//! The Community of Practice that holds the example summary. The example always goes into a new
//! CoP so it can never overwrite a team's own summary.

use super::example::EXAMPLE_COP_NAME;
use crate::community::CommunityFields;
use crate::text::{Bilingual, Lang};

const EXAMPLE: Bilingual = Bilingual::new("example", "ejemplo");
const COUNTRY: &str = "México";
const REGION: &str = "Tula, Hidalgo";
const NOTES: Bilingual = Bilingual::new(
    "Illustrative example: an executive summary written by Práctica from the findings the paper publishes for the Hidalgo CoP. Delete this Community of Practice when you no longer need it.",
    "Ejemplo ilustrativo: un resumen ejecutivo redactado por Práctica a partir de los hallazgos que el artículo publica para la CdP de Hidalgo. Elimine esta Comunidad de Práctica cuando ya no la necesite.",
);

/// The form fields of the example CoP, with a name no other CoP has (names must be unique,
/// ignoring case): "Hidalgo", else "Hidalgo (example)", else "Hidalgo (example 2)", …
pub fn example_cop_fields<'a>(
    taken: impl IntoIterator<Item = &'a str>,
    lang: Lang,
) -> CommunityFields {
    let taken: Vec<String> = taken.into_iter().map(str::to_lowercase).collect();
    let free = |name: &str| !taken.contains(&name.to_lowercase());
    let word = EXAMPLE.get(lang);
    let name = std::iter::once(EXAMPLE_COP_NAME.to_string())
        .chain(std::iter::once(format!("{EXAMPLE_COP_NAME} ({word})")))
        .chain((2..).map(|n| format!("{EXAMPLE_COP_NAME} ({word} {n})")))
        .find(|n| free(n))
        .unwrap_or_else(|| EXAMPLE_COP_NAME.to_string());
    CommunityFields {
        name,
        country: COUNTRY.to_string(),
        region: REGION.to_string(),
        notes: NOTES.get(lang).to_string(),
    }
}
