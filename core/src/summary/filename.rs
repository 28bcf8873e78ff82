//! File names for the exports, made from the CoP's name so that several summaries can sit in
//! one folder (or one e-mail) without overwriting each other.

use super::fold::fold;
use crate::text::Lang;

/// Longest part of the name taken from the CoP (file systems and e-mail clients cope badly with
/// very long names).
const NAME_PART_MAX: usize = 60;

/// "executive-summary-matagalpa-2-san-jose.md" / "resumen-ejecutivo-hidalgo.html".
///
/// The CoP's name is lower-cased, stripped of accents and reduced to ASCII letters, digits and
/// single hyphens, so the name is safe on every system the teams use. `extension` is given
/// without the dot.
pub fn export_file_name(cop_name: &str, lang: Lang, extension: &str) -> String {
    let prefix = match lang {
        Lang::En => "executive-summary",
        Lang::Es => "resumen-ejecutivo",
    };
    let mut slug = String::new();
    for c in fold(cop_name).chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let mut slug: String = slug.chars().take(NAME_PART_MAX).collect();
    while slug.ends_with('-') {
        slug.pop();
    }
    let ext: String = extension.chars().filter(char::is_ascii_alphanumeric).collect();
    match (slug.is_empty(), ext.is_empty()) {
        (true, true) => prefix.to_string(),
        (true, false) => format!("{prefix}.{ext}"),
        (false, true) => format!("{prefix}-{slug}"),
        (false, false) => format!("{prefix}-{slug}.{ext}"),
    }
}
