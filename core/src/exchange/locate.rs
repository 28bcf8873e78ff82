//! Typed parsing with located errors: `communities[3].assessments[0].consensus.integration`.
//!
//! serde_path_to_error gives the path for almost everything. It loses the key in maps keyed
//! by an enum (criteria), so for those we find the entry ourselves: each entry of that map is
//! tried alone, and the first one that fails in the same place is the culprit. That costs a few
//! re-parses of one CoP, only when the CoP is already known to be broken.

use serde::de::DeserializeOwned;
use serde_json::Value;

use super::path::{key, render, steps, value_at, value_at_mut, Step};
use super::problem::{Issue, Problem};
use super::serde_text::classify;

/// Most entries tried when looking for the broken key of an enum-keyed map. Such maps have at
/// most five valid keys; a bigger one is broken anyway and its path just stops at the map.
const ENTRIES_TRIED: usize = 8;

/// Deserialises `value` (which sits at `base` in the file), or says what is wrong and where.
pub(crate) fn typed<T: DeserializeOwned>(value: &Value, base: &str) -> Result<T, Problem> {
    let err = match serde_path_to_error::deserialize::<_, T>(value) {
        Ok(v) => return Ok(v),
        Err(err) => err,
    };
    let (mut at, lost) = steps(err.path());
    let (field, issue) = classify(&err.inner().to_string());
    if lost {
        if let Some(k) = broken_entry::<T>(value, &at) {
            at.push(Step::Key(k));
        }
    } else if let Issue::NotOneOf { found, .. } = &issue {
        // A bad key of an enum-keyed map (`"integ": 3`) is reported at the map; the bad name
        // is the key, so point at it.
        if value_at(value, &at).and_then(Value::as_object).is_some_and(|m| m.contains_key(found)) {
            at.push(Step::Key(found.clone()));
        }
    }
    let mut path = render(base, &at);
    // serde reports a missing field at the object that lacks it; point at the field itself.
    if let Some(field) = field {
        path = key(&path, &field);
    }
    Err(Problem::new(path, issue))
}

/// The key of the map at `at` whose entry alone still makes the parse fail at that map.
fn broken_entry<T: DeserializeOwned>(value: &Value, at: &[Step]) -> Option<String> {
    let map = value_at(value, at)?.as_object()?;
    for k in map.keys().take(ENTRIES_TRIED) {
        let mut trial = value.clone();
        if let Some(Value::Object(m)) = value_at_mut(&mut trial, at) {
            m.retain(|other, _| other == k);
        }
        if let Err(err) = serde_path_to_error::deserialize::<_, T>(&trial) {
            if steps(err.path()) == (at.to_vec(), true) {
                return Some(k.clone());
            }
        }
    }
    None
}
