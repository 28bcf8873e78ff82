//! Adding the example's CoPs to a team's own workspace, as new CoPs beside theirs.
//!
//! The person's data is never changed: existing CoPs stay exactly as they are, and every added
//! CoP gets an id nobody in the workspace uses, so storage can never overwrite a real CoP's
//! record with an example one.

use std::collections::HashSet;

use crate::community::NAME_MAX;
use crate::composition::{PROFESSIONS_MAX, SNAPSHOTS_MAX, SNAPSHOT_LABEL_MAX};
use crate::workspace::Workspace;

/// How many times the caller's id maker is asked for an unused id before we derive one
/// ourselves (a maker returning the same id forever must not hang the app).
const ID_ATTEMPTS: usize = 100;

/// `name`, or `name (2)`, `name (3)`… (ignoring case), cut to `max` characters with the suffix
/// kept whole, so a long name still gets its number.
pub(crate) fn unique_name(name: &str, taken: &[String], max: usize) -> String {
    let is_taken = |n: &str| taken.iter().any(|t| t.to_lowercase() == n.to_lowercase());
    let fit = |base: &str, suffix: &str| {
        let room = max.saturating_sub(suffix.chars().count());
        let cut: String = base.chars().take(room).collect();
        format!("{}{suffix}", cut.trim_end())
    };
    let plain = fit(name, "");
    if !is_taken(&plain) {
        return plain;
    }
    // Bounded by the number of names taken, so it always ends.
    let mut n: u64 = 2;
    loop {
        let candidate = fit(name, &format!(" ({n})"));
        if !is_taken(&candidate) || n == u64::MAX {
            return candidate;
        }
        n += 1;
    }
}

/// An id not in `used`: from `new_id` if it gives one, else `base-2`, `base-3`…
fn fresh_id(new_id: &mut dyn FnMut() -> String, used: &HashSet<String>, base: &str) -> String {
    for _ in 0..ID_ATTEMPTS {
        let id = new_id();
        if !id.trim().is_empty() && !used.contains(&id) {
            return id;
        }
    }
    let mut n: u64 = 2;
    loop {
        let id = format!("{base}-{n}");
        if !used.contains(&id) || n == u64::MAX {
            return id;
        }
        n += 1;
    }
}

/// `target` plus every CoP of `example` as a new CoP: a fresh id from `new_id` (the core has
/// no randomness; the app passes `community::new_id` with the time and a random number), and
/// the name made unique with " (2)", " (3)"… if a CoP already has it.
///
/// Professions and snapshots are added by id when missing (within the workspace limits), a
/// new snapshot going before the first one dated later so snapshots stay in time order; a
/// snapshot whose label is taken by another id gets a numbered label. Existing CoPs,
/// professions, snapshots, bands, budgets and the workspace name are left as they are.
pub fn add_as_new_cops(
    target: &Workspace,
    example: &Workspace,
    new_id: &mut dyn FnMut() -> String,
) -> Workspace {
    let mut out = target.clone();
    for p in &example.professions {
        if out.professions.len() >= PROFESSIONS_MAX {
            break;
        }
        if !out.professions.iter().any(|q| q.id == p.id) {
            out.professions.push(p.clone());
        }
    }
    for s in &example.snapshots {
        if out.snapshots.iter().any(|q| q.id == s.id) {
            continue;
        }
        if out.snapshots.len() >= SNAPSHOTS_MAX {
            break;
        }
        let labels: Vec<String> = out.snapshots.iter().map(|q| q.label.clone()).collect();
        let mut s = s.clone();
        s.label = unique_name(&s.label, &labels, SNAPSHOT_LABEL_MAX);
        let at = out
            .snapshots
            .iter()
            .position(|q| !q.date.is_empty() && !s.date.is_empty() && q.date > s.date)
            .unwrap_or(out.snapshots.len());
        out.snapshots.insert(at, s);
    }
    let mut used: HashSet<String> = out.communities.iter().map(|c| c.id.clone()).collect();
    for c in &example.communities {
        let id = fresh_id(new_id, &used, &c.id);
        used.insert(id.clone());
        let names: Vec<String> = out.communities.iter().map(|c| c.name.clone()).collect();
        let mut copy = c.clone();
        copy.id = id;
        copy.name = unique_name(&c.name, &names, NAME_MAX);
        out.communities.push(copy);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unique_names() {
        let taken = vec!["Hidalgo".to_string(), "hidalgo (2)".to_string()];
        assert_eq!(unique_name("Morelos", &taken, 80), "Morelos");
        assert_eq!(unique_name("HIDALGO", &taken, 80), "HIDALGO (3)");
        let long = "x".repeat(90);
        let got = unique_name(&long, &["x".repeat(80)], 80);
        assert_eq!(got.chars().count(), 80);
        assert!(got.ends_with(" (2)"));
    }

    #[test]
    fn a_stubborn_id_maker_cannot_hang_or_clash() {
        let used: HashSet<String> = ["a".to_string(), "a-2".to_string()].into();
        let mut same = || "a".to_string();
        assert_eq!(fresh_id(&mut same, &used, "a"), "a-3");
        let mut empty = String::new;
        assert_eq!(fresh_id(&mut empty, &used, "b"), "b-2");
    }
}
