//! JSON paths as people read them: `communities[3].assessments[0].consensus.integration`.
//!
//! Fields and map keys are joined with dots, list positions are `[i]` with no dot before them,
//! and the root is the empty string. serde's paths and our own checks both go through here so
//! the two kinds of problem point at places in the same way.

use serde_json::Value;
use serde_path_to_error::{Path, Segment};

/// Longest key shown in a path. Keys come from the file; an absurd one is shortened so the
/// message stays readable (the start is enough to find it).
const KEY_SHOWN_MAX: usize = 60;

/// Appends a field name or map key.
pub(crate) fn key(base: &str, key: &str) -> String {
    let key: String = if key.chars().count() > KEY_SHOWN_MAX {
        key.chars().take(KEY_SHOWN_MAX).chain(['…']).collect()
    } else {
        key.to_string()
    };
    if base.is_empty() {
        key
    } else {
        format!("{base}.{key}")
    }
}

/// Appends a list position.
pub(crate) fn index(base: &str, i: usize) -> String {
    format!("{base}[{i}]")
}

/// One step into a JSON value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Step {
    Key(String),
    Index(usize),
}

/// serde_path_to_error's path as steps, and whether it lost track before the end. It does for
/// maps keyed by an enum (an assessment's `consensus`, keyed by criterion): the key is read
/// through `visit_enum`, which it cannot see, so the path stops at the map.
pub(crate) fn steps(path: &Path) -> (Vec<Step>, bool) {
    let mut out = Vec::new();
    for segment in path.iter() {
        match segment {
            Segment::Seq { index } => out.push(Step::Index(*index)),
            Segment::Map { key } | Segment::Enum { variant: key } => {
                out.push(Step::Key(key.clone()))
            }
            Segment::Unknown => return (out, true),
        }
    }
    (out, false)
}

/// `base` followed by `steps`, as text.
pub(crate) fn render(base: &str, steps: &[Step]) -> String {
    steps.iter().fold(base.to_string(), |at, step| match step {
        Step::Key(k) => key(&at, k),
        Step::Index(i) => index(&at, *i),
    })
}

pub(crate) fn value_at<'a>(root: &'a Value, steps: &[Step]) -> Option<&'a Value> {
    steps.iter().try_fold(root, |v, step| match step {
        Step::Key(k) => v.as_object()?.get(k),
        Step::Index(i) => v.as_array()?.get(*i),
    })
}

pub(crate) fn value_at_mut<'a>(root: &'a mut Value, steps: &[Step]) -> Option<&'a mut Value> {
    steps.iter().try_fold(root, |v, step| match step {
        Step::Key(k) => v.as_object_mut()?.get_mut(k),
        Step::Index(i) => v.as_array_mut()?.get_mut(*i),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_paths_like_people_write_them() {
        let p = index(&key(&index("communities", 3), "assessments"), 0);
        assert_eq!(
            key(&key(&p, "consensus"), "integration"),
            "communities[3].assessments[0].consensus.integration"
        );
        assert_eq!(key("", "kind"), "kind");
        assert_eq!(index("", 2), "[2]");
        assert_eq!(
            render("communities[1]", &[Step::Key("a".into()), Step::Index(2)]),
            "communities[1].a[2]"
        );
        assert_eq!(key("x", &"k".repeat(100)).chars().count(), 2 + KEY_SHOWN_MAX + 1);
    }

    #[test]
    fn walks_values() {
        let mut v = serde_json::json!({"a": [{"b": 1}]});
        let at = [Step::Key("a".into()), Step::Index(0), Step::Key("b".into())];
        assert_eq!(value_at(&v, &at), Some(&serde_json::json!(1)));
        assert_eq!(value_at(&v, &[Step::Index(0)]), None);
        *value_at_mut(&mut v, &at).unwrap() = 2.into();
        assert_eq!(v["a"][0]["b"], 2);
    }
}
