//! Reading a file: from bytes to a checked workspace, or to the reasons it cannot be used.
//!
//! The steps, each refusing with its own message: size, emptiness, JSON syntax, "is this a
//! Práctica file", "is it too new", migration to the current schema, typed parsing (with JSON
//! paths), then the checks types cannot express. Nothing here panics, whatever the bytes: the
//! fuzz target in `core/fuzz` and the property tests hold it to that.

use serde::Deserialize;
use serde_json::{Map, Value};

use super::envelope::{HeaderIn, Kind};
use super::errors::ImportError;
use super::locate::typed;
use super::migrate::{migrate, Migrated};
use super::path::index;
use super::problem::{Found, Issue, Wanted};
use super::validate::{validate, Problems};
use super::MAX_IMPORT_BYTES;
use crate::community::Community;
use crate::scoring::BandCuts;
use crate::workspace::{Workspace, SCHEMA_VERSION};

/// A file that passed every check, ready for the merge preview.
#[derive(Clone, Debug, PartialEq)]
pub struct Incoming {
    pub kind: Kind,
    /// The schema version the file declared.
    pub schema_version_found: u32,
    /// The layout it was migrated from; `None` when it was already current.
    pub migrated_from: Option<u32>,
    /// Which app wrote it and when, as the file says (empty for files of the first release).
    pub app_version: String,
    pub exported_at: String,
    /// In the current layout (`schema_version == SCHEMA_VERSION`).
    pub workspace: Workspace,
}

/// Reads an exported file. `Err` says, in both languages, what is wrong and where.
pub fn parse_import(bytes: &[u8]) -> Result<Incoming, ImportError> {
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { size: bytes.len(), max: MAX_IMPORT_BYTES });
    }
    // Windows editors save UTF-8 with a byte-order mark, which JSON parsers refuse; a person
    // who opened the file to look at it should not be punished for that.
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ImportError::Empty);
    }
    let value: Value = serde_json::from_slice(bytes).map_err(|e| ImportError::NotJson {
        line: e.line(),
        column: e.column(),
        cut_short: e.is_eof(),
    })?;
    let Migrated { mut envelope, found, migrated_from } = migrate(value)?;
    let workspace = envelope.remove("workspace");
    let mut problems = Problems::default();
    let header = typed::<HeaderIn>(&Value::Object(envelope), "").map_err(|p| problems.push(p)).ok();
    let workspace = match workspace {
        Some(Value::Object(ws)) => read_workspace(ws, &mut problems),
        Some(other) => {
            let issue = Issue::WrongType { found: found_kind(&other), wanted: Wanted::Object };
            problems.add("workspace".into(), issue);
            None
        }
        None => {
            problems.add("workspace".into(), Issue::Missing);
            None
        }
    };
    let (Some(header), Some(workspace)) = (header, workspace) else {
        return Err(problems.into_error());
    };
    validate(header.kind, &workspace, &mut problems);
    if !problems.is_empty() {
        return Err(problems.into_error());
    }
    Ok(Incoming {
        kind: header.kind,
        schema_version_found: found,
        migrated_from,
        app_version: header.app_version,
        exported_at: header.exported_at,
        workspace,
    })
}

/// Parses the workspace CoP by CoP, so one file with several broken CoPs reports each of them
/// rather than only the first.
fn read_workspace(mut ws: Map<String, Value>, problems: &mut Problems) -> Option<Workspace> {
    // The envelope's version is the one that counts; the copy inside follows it.
    ws.insert("schema_version".into(), SCHEMA_VERSION.into());
    let cops = match ws.remove("communities") {
        Some(Value::Array(list)) => list,
        // Not a list: put it back so the typed parse below reports it with its path.
        Some(other) => {
            ws.insert("communities".into(), other);
            Vec::new()
        }
        None => Vec::new(),
    };
    ws.entry("communities").or_insert_with(|| Value::Array(Vec::new()));
    let ws = Value::Object(ws);
    let settings = typed::<Workspace>(&ws, "").map_err(|mut p| {
        if p.path == "bands" {
            if let Some(issue) = ws.get("bands").and_then(band_issue) {
                p.issue = issue;
            }
        }
        problems.push(p);
    });
    let mut communities = Vec::with_capacity(cops.len());
    for (i, cop) in cops.into_iter().enumerate() {
        match typed::<Community>(&cop, &index("communities", i)) {
            Ok(c) => communities.push(c),
            Err(p) => problems.push(p),
        }
    }
    let mut ws = settings.ok()?;
    if !problems.is_empty() {
        return None;
    }
    ws.communities = communities;
    Some(ws)
}

/// serde only hands us `BandCutsError`'s English text; re-checking the cut-points gets the
/// error itself, so the Spanish screen shows the Spanish sentence.
fn band_issue(bands: &Value) -> Option<Issue> {
    #[derive(Deserialize)]
    struct Cuts {
        sub_optimal: (u8, u8),
        needs_strengthening: (u8, u8),
        optimal: (u8, u8),
    }
    let c = Cuts::deserialize(bands).ok()?;
    BandCuts::new(c.sub_optimal, c.needs_strengthening, c.optimal).err().map(Issue::Bands)
}

fn found_kind(v: &Value) -> Found {
    match v {
        Value::Null => Found::Null,
        Value::Bool(b) => Found::Bool(*b),
        Value::Number(n) => Found::Number(n.to_string()),
        Value::String(s) => Found::Text(s.chars().take(40).collect()),
        Value::Array(_) => Found::List,
        Value::Object(_) => Found::Object,
    }
}
