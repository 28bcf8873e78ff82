//! Readable, stable ids for user-made professions and snapshots.
//!
//! Counts are stored under these ids, so an id is made once and never changes when the label is
//! edited. Deriving it from the first label (rather than a random number) means two teams that
//! add "Health promoters" independently get the same id, so their exported files line up.

/// Longest slug part kept in an id: ids appear in every saved count, so keep them short.
const SLUG_MAX: usize = 24;

/// `prefix` + a slug of `text`, made unique against `taken` by a numeric suffix.
/// Never fails: text with no usable letters still gets `prefix1`, `prefix2`…
pub(crate) fn slug_id(prefix: &str, text: &str, taken: impl Fn(&str) -> bool) -> String {
    let slug = slug(text);
    let base = if slug.is_empty() {
        prefix.trim_end_matches('-').to_string()
    } else {
        format!("{prefix}{slug}")
    };
    if !slug.is_empty() && !taken(&base) {
        return base;
    }
    // The search is bounded by the number of existing ids, so it always ends.
    let mut n: u64 = if slug.is_empty() { 1 } else { 2 };
    loop {
        let candidate = format!("{base}-{n}");
        if !taken(&candidate) {
            return candidate;
        }
        n = n.saturating_add(1);
    }
}

/// Lower-case ASCII letters and digits separated by single hyphens. Spanish accents are
/// folded (á → a, ñ → n) so "Enfermería" and "Enfermeria" give the same id.
fn slug(text: &str) -> String {
    let mut out = String::new();
    let mut pending_hyphen = false;
    for c in text.chars().flat_map(char::to_lowercase) {
        let c = fold_accent(c);
        if c.is_ascii_alphanumeric() {
            if pending_hyphen && !out.is_empty() {
                out.push('-');
            }
            pending_hyphen = false;
            if out.len() >= SLUG_MAX {
                break;
            }
            out.push(c);
        } else {
            pending_hyphen = true;
        }
    }
    out
}

fn fold_accent(c: char) -> char {
    match c {
        'á' | 'à' | 'ä' | 'â' | 'ã' => 'a',
        'é' | 'è' | 'ë' | 'ê' => 'e',
        'í' | 'ì' | 'ï' | 'î' => 'i',
        'ó' | 'ò' | 'ö' | 'ô' | 'õ' => 'o',
        'ú' | 'ù' | 'ü' | 'û' => 'u',
        'ñ' => 'n',
        'ç' => 'c',
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_fold_accents_and_punctuation() {
        assert_eq!(
            slug_id("prof-", "  Promotores de Salud (ñ)", |_| false),
            "prof-promotores-de-salud-n"
        );
        assert_eq!(slug_id("prof-", "Enfermería", |_| false), "prof-enfermeria");
    }

    #[test]
    fn clashes_and_empty_slugs_get_numbers() {
        let taken = |s: &str| s == "prof-managers" || s == "prof-managers-2";
        assert_eq!(slug_id("prof-", "Managers", taken), "prof-managers-3");
        assert_eq!(slug_id("prof-", "—!", |_| false), "prof-1");
        assert_eq!(slug_id("snap-", "日本", |s| s == "snap-1"), "snap-2");
    }

    #[test]
    fn slugs_are_bounded() {
        let id = slug_id("prof-", &"a".repeat(500), |_| false);
        assert!(id.len() <= "prof-".len() + SLUG_MAX);
    }
}
