//! The schema history: recognising a file, and bringing an older one up to the current layout.
//!
//! Migrations work on raw JSON (`serde_json::Value`) before any typed parsing, so the types in
//! the model only ever describe the current layout and carry no compatibility baggage. Each
//! step takes a file of version N to N+1; a file is migrated by running every step from its
//! version up. Each version has a fixture in `core/tests/fixtures/exchange/`.

use serde_json::{Map, Value};

use super::envelope::FORMAT;
use super::errors::ImportError;
use super::problem::{Issue, Problem};
use crate::workspace::SCHEMA_VERSION;

/// A file recognised as Práctica's and brought to the current schema: an envelope object whose
/// `schema_version` is `SCHEMA_VERSION`.
#[derive(Debug)]
pub(crate) struct Migrated {
    pub envelope: Map<String, Value>,
    /// The version the file declared.
    pub found: u32,
    /// The layout it was migrated from, `None` when it was already current.
    pub migrated_from: Option<u32>,
}

type Step = fn(Map<String, Value>) -> Map<String, Value>;

/// `(from, step)`: the step takes a file of version `from` to `from + 1`.
const STEPS: [(u32, Step); 1] = [(1, v1_to_v2)];

/// v1 → v2: the first release wrote the bare workspace (`{"schema_version":1,"name":…,
/// "communities":[…],…}`); v2 wraps it in the envelope. Every field added to the workspace
/// since has a serde default, so the envelope's own fields are what need filling in. An
/// envelope already claiming v1 (never written by any release, but easy to make by hand) only
/// gets its missing fields filled.
///
/// One meaning changed: the scoring wizard gained a first "details" step, so v1's
/// `wizard_step` 0–4 (a criterion) and 5 (review) are 1–5 and 6 in v2.
fn v1_to_v2(file: Map<String, Value>) -> Map<String, Value> {
    let mut env = if file.contains_key("format") {
        file
    } else {
        let mut env = Map::new();
        env.insert("format".into(), FORMAT.into());
        env.insert("workspace".into(), Value::Object(file));
        env
    };
    for (key, default) in [("kind", "workspace"), ("app_version", ""), ("exported_at", "")] {
        env.entry(key).or_insert_with(|| default.into());
    }
    env.insert("schema_version".into(), 2.into());
    if let Some(Value::Object(ws)) = env.get_mut("workspace") {
        ws.insert("schema_version".into(), 2.into());
        shift_wizard_steps(ws);
    }
    env
}

/// Adds 1 to every assessment's whole-number `wizard_step`. Anything malformed is left for the
/// typed parse to report with its path.
fn shift_wizard_steps(ws: &mut Map<String, Value>) {
    let Some(Value::Array(cops)) = ws.get_mut("communities") else { return };
    for cop in cops {
        let Some(Value::Array(assessments)) = cop.get_mut("assessments") else { continue };
        for a in assessments {
            if let Some(step) = a.get_mut("wizard_step") {
                if let Some(n) = step.as_u64() {
                    *step = n.saturating_add(1).into();
                }
            }
        }
    }
}

/// How a file declares itself.
enum Layout {
    Envelope,
    /// A bare workspace, as the first release wrote it.
    Bare,
}

/// Tells what the file is, refusing anything that is not Práctica's before any migration.
fn layout(file: &Map<String, Value>) -> Result<Layout, ImportError> {
    match file.get("format") {
        Some(Value::String(f)) if f == FORMAT => Ok(Layout::Envelope),
        Some(other) => {
            let shown = match other {
                Value::String(s) => s.clone(),
                v => v.to_string(),
            };
            Err(ImportError::NotPractica { format: Some(shown.chars().take(60).collect()) })
        }
        // Every bare workspace the first release wrote had both keys; requiring both keeps
        // some other program's `{"schema_version": 3}` from being taken for ours.
        None if file.contains_key("schema_version") && file.contains_key("communities") => {
            Ok(Layout::Bare)
        }
        None => Err(ImportError::NotPractica { format: None }),
    }
}

/// The declared version, refusing anything newer than this app before reading further.
fn version(file: &Map<String, Value>) -> Result<u32, ImportError> {
    let bad = |issue| ImportError::Invalid {
        problems: vec![Problem::new("schema_version", issue)],
        more: 0,
    };
    let Some(value) = file.get("schema_version") else {
        return Err(bad(Issue::Missing));
    };
    match value.as_u64() {
        Some(0) | None => Err(bad(Issue::BadSchemaVersion)),
        Some(n) if n > u64::from(SCHEMA_VERSION) => {
            Err(ImportError::Newer { found: n, supported: SCHEMA_VERSION })
        }
        // At most SCHEMA_VERSION here, so it fits.
        Some(n) => Ok(u32::try_from(n).unwrap_or(SCHEMA_VERSION)),
    }
}

/// Recognises a parsed JSON file and migrates it to the current schema.
pub(crate) fn migrate(file: Value) -> Result<Migrated, ImportError> {
    let Value::Object(file) = file else {
        return Err(ImportError::NotPractica { format: None });
    };
    let layout = layout(&file)?;
    let found = version(&file)?;
    // A bare workspace is the v1 layout whatever number it carries (the number was only
    // checked above so that a newer app's file is still called newer).
    let start = match layout {
        Layout::Bare => 1,
        Layout::Envelope => found,
    };
    let mut envelope = file;
    for (from, step) in STEPS {
        if from >= start {
            envelope = step(envelope);
        }
    }
    let migrated_from = (start < SCHEMA_VERSION || matches!(layout, Layout::Bare)).then_some(start);
    Ok(Migrated { envelope, found, migrated_from })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_cover_every_version_in_order() {
        let froms: Vec<u32> = STEPS.iter().map(|(from, _)| *from).collect();
        let expected: Vec<u32> = (1..SCHEMA_VERSION).collect();
        assert_eq!(froms, expected);
    }

    #[test]
    fn bare_workspace_is_wrapped() {
        let bare = serde_json::json!({"schema_version": 1, "name": "X", "communities": []});
        let m = migrate(bare).unwrap();
        assert_eq!((m.found, m.migrated_from), (1, Some(1)));
        assert_eq!(m.envelope["format"], "practica");
        assert_eq!(m.envelope["kind"], "workspace");
        assert_eq!(m.envelope["schema_version"], SCHEMA_VERSION);
        assert_eq!(m.envelope["workspace"]["name"], "X");
        assert_eq!(m.envelope["workspace"]["schema_version"], SCHEMA_VERSION);
    }

    #[test]
    fn current_envelope_is_untouched() {
        let env = serde_json::json!({"format": "practica", "kind": "community",
            "schema_version": SCHEMA_VERSION, "workspace": {}});
        let m = migrate(env.clone()).unwrap();
        assert_eq!(m.migrated_from, None);
        assert_eq!(Value::Object(m.envelope), env);
    }
}
