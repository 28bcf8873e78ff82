//! Writing files: a whole workspace, or one CoP with everything it needs to make sense.
//!
//! Output is pretty-printed with two-space indents and keys in a fixed order (struct field
//! order; every map in the model is a `BTreeMap`), so two exports of the same data are
//! byte-identical and a changed file diffs line by line.

use std::fmt;

use super::envelope::{EnvelopeOut, Kind, FORMAT};
use crate::text::Lang;
use crate::workspace::{Workspace, SCHEMA_VERSION};

/// Why an export could not be made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExportError {
    /// No CoP with this id (the page is stale; the UI should reload the list).
    UnknownCommunity(String),
}

impl ExportError {
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (ExportError::UnknownCommunity(id), Lang::En) => {
                format!(
                    "There is no CoP \"{id}\" in this workspace; reload the page and try again."
                )
            }
            (ExportError::UnknownCommunity(id), Lang::Es) => format!(
                "No hay una CdP «{id}» en este espacio de trabajo; recargue la página e intente \
                 de nuevo."
            ),
        }
    }
}

impl fmt::Display for ExportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for ExportError {}

fn write(kind: Kind, ws: &Workspace, app_version: &str, exported_at: &str) -> String {
    let envelope = EnvelopeOut {
        format: FORMAT,
        kind,
        schema_version: SCHEMA_VERSION,
        app_version,
        exported_at,
        workspace: ws,
    };
    // Serialising the model cannot fail: every map key is a string or a unit enum variant and
    // no type has a fallible `Serialize`. The empty fallback only satisfies the type; the
    // round-trip tests would catch it ever being taken.
    serde_json::to_string_pretty(&envelope).unwrap_or_default()
}

/// The whole workspace as a file. `exported_at` is the caller's clock (ISO 8601): the core has
/// none. The workspace's own `schema_version` is written as the current one, since the
/// in-memory workspace is always in the current layout whatever it was loaded from.
pub fn export_workspace(ws: &Workspace, app_version: &str, exported_at: &str) -> String {
    if ws.schema_version == SCHEMA_VERSION {
        return write(Kind::Workspace, ws, app_version, exported_at);
    }
    let current = Workspace { schema_version: SCHEMA_VERSION, ..ws.clone() };
    write(Kind::Workspace, &current, app_version, exported_at)
}

/// One CoP as a file: a workspace holding only that CoP, with the workspace's professions,
/// snapshots, bands and budgets so its counts, scores and page budgets read the same at the
/// other end.
pub fn export_community(
    ws: &Workspace,
    id: &str,
    app_version: &str,
    exported_at: &str,
) -> Result<String, ExportError> {
    let cop = ws.community(id).ok_or_else(|| ExportError::UnknownCommunity(id.to_string()))?;
    let one = Workspace {
        schema_version: SCHEMA_VERSION,
        name: ws.name.clone(),
        communities: vec![cop.clone()],
        bands: ws.bands,
        professions: ws.professions.clone(),
        snapshots: ws.snapshots.clone(),
        budgets: ws.budgets.clone(),
    };
    Ok(write(Kind::Community, &one, app_version, exported_at))
}

/// Longest name part of a suggested file name: enough to recognise it in a downloads folder.
const FILE_SLUG_MAX: usize = 40;

/// A file name like `practica-workspace-programa-2013-2015-2025-06-01.json` or
/// `practica-cop-hidalgo-2025-06-01.json`. Plain ASCII, so it survives every e-mail client and
/// file system; `date` may be a full ISO timestamp, only its `yyyy-mm-dd` part is used.
pub fn suggested_file_name(kind: Kind, name: &str, date: &str) -> String {
    let what = match kind {
        Kind::Workspace => "workspace",
        Kind::Community => "cop",
    };
    let mut parts = vec!["practica".to_string(), what.to_string()];
    let slug = slug(name);
    if !slug.is_empty() {
        parts.push(slug);
    }
    let day: String =
        date.trim().chars().take(10).take_while(|c| c.is_ascii_digit() || *c == '-').collect();
    if !day.is_empty() {
        parts.push(day);
    }
    format!("{}.json", parts.join("-"))
}

/// Lower-case ASCII letters and digits joined by single hyphens, Spanish accents folded.
fn slug(text: &str) -> String {
    let mut out = String::new();
    let mut gap = false;
    for c in text.chars().flat_map(char::to_lowercase) {
        let c = match c {
            'á' | 'à' | 'ä' | 'â' | 'ã' => 'a',
            'é' | 'è' | 'ë' | 'ê' => 'e',
            'í' | 'ì' | 'ï' | 'î' => 'i',
            'ó' | 'ò' | 'ö' | 'ô' | 'õ' => 'o',
            'ú' | 'ù' | 'ü' | 'û' => 'u',
            'ñ' => 'n',
            'ç' => 'c',
            other => other,
        };
        if c.is_ascii_alphanumeric() {
            if out.len() >= FILE_SLUG_MAX {
                break;
            }
            if gap && !out.is_empty() {
                out.push('-');
            }
            gap = false;
            out.push(c);
        } else {
            gap = true;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_are_plain_ascii() {
        assert_eq!(
            suggested_file_name(
                Kind::Community,
                "  Matagalpa 2 – San José ",
                "2025-06-01T10:00:00Z"
            ),
            "practica-cop-matagalpa-2-san-jose-2025-06-01.json"
        );
        assert_eq!(suggested_file_name(Kind::Workspace, "", ""), "practica-workspace.json");
        assert_eq!(
            suggested_file_name(Kind::Workspace, "日本", "2025-06-01"),
            "practica-workspace-2025-06-01.json"
        );
        let long = suggested_file_name(Kind::Workspace, &"a".repeat(500), "x");
        assert!(long.len() < 80, "{long}");
    }

    #[test]
    fn unknown_community_is_an_error() {
        let err = export_community(&Workspace::default(), "nope", "1", "t").unwrap_err();
        assert!(err.message(Lang::En).contains("\"nope\""));
        assert!(err.message(Lang::Es).contains("«nope»"));
    }
}
