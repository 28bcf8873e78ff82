//! Checks an imported workspace needs beyond what its types enforce: unique ids, the same text
//! limits the forms apply, counts within range, and links that point at something.
//!
//! The app itself never produces a workspace that fails these (its forms refuse the same
//! things), so a failure means the file was edited by hand or made by a faulty tool. Accepting
//! it would put the app in states no screen is designed for (two CoPs with one id share one
//! storage record; a count under an unknown snapshot is never shown yet adds to nothing).

use std::collections::BTreeMap;

use super::envelope::Kind;
use super::errors::ImportError;
use super::path::{index, key};
use super::problem::{Issue, Problem};
use super::validate_cop;
use crate::composition::{
    is_iso_date, PROFESSIONS_MAX, PROFESSION_NAME_MAX, SNAPSHOTS_MAX, SNAPSHOT_LABEL_MAX,
};
use crate::workspace::Workspace;

/// Most problems listed for one file: enough to see a pattern ("every CoP lacks a country")
/// without a wall of text. The rest are counted.
pub const MAX_PROBLEMS: usize = 20;

/// Longest id accepted. The app's ids are short (`cop-18f3a2b4c5d-1a2b3c4d`, `prof-` plus at
/// most 24 letters); the limit only stops a megabyte-long id from landing in a storage key.
pub const ID_MAX: usize = 200;

/// Problems found so far, capped at `MAX_PROBLEMS`.
#[derive(Debug, Default)]
pub(crate) struct Problems {
    list: Vec<Problem>,
    more: usize,
}

impl Problems {
    pub fn push(&mut self, problem: Problem) {
        if self.list.len() < MAX_PROBLEMS {
            self.list.push(problem);
        } else {
            self.more = self.more.saturating_add(1);
        }
    }

    pub fn add(&mut self, path: String, issue: Issue) {
        self.push(Problem::new(path, issue));
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    pub fn into_error(self) -> ImportError {
        ImportError::Invalid { problems: self.list, more: self.more }
    }
}

/// Too long, measured in characters (what a person counts), not bytes.
pub(crate) fn limit(p: &mut Problems, path: String, text: &str, max: usize) {
    let len = text.chars().count();
    if len > max {
        p.add(path, Issue::TooLong { len, max });
    }
}

/// A text the forms require (a CoP's name, a rater's name) and its limit.
pub(crate) fn required(p: &mut Problems, path: String, text: &str, max: usize) {
    if text.trim().is_empty() {
        p.add(path, Issue::Empty);
    } else {
        limit(p, path, text, max);
    }
}

/// Ids of the items of one list: present, not absurdly long, and each used once. Problems
/// point at the later use and name the first, so the person knows which two to compare.
pub(crate) fn ids<'a>(p: &mut Problems, list: &str, ids: impl IntoIterator<Item = &'a str>) {
    let mut first: BTreeMap<&str, usize> = BTreeMap::new();
    for (i, id) in ids.into_iter().enumerate() {
        let path = key(&index(list, i), "id");
        if id.is_empty() {
            p.add(path, Issue::EmptyId);
            continue;
        }
        limit(p, path.clone(), id, ID_MAX);
        match first.get(id) {
            Some(&j) => p.add(
                path,
                Issue::DuplicateId { id: id.to_string(), first_at: key(&index(list, j), "id") },
            ),
            None => {
                first.insert(id, i);
            }
        }
    }
}

/// Every check, in file order, so problems are listed top to bottom.
pub(crate) fn validate(kind: Kind, ws: &Workspace, p: &mut Problems) {
    if kind == Kind::Community && ws.communities.len() != 1 {
        p.add("communities".into(), Issue::CommunityFileCount { count: ws.communities.len() });
    }
    ids(p, "communities", ws.communities.iter().map(|c| c.id.as_str()));
    for (i, cop) in ws.communities.iter().enumerate() {
        validate_cop::check(p, &index("communities", i), cop, ws);
    }
    if ws.professions.len() > PROFESSIONS_MAX {
        let count = ws.professions.len();
        p.add("professions".into(), Issue::TooMany { count, max: PROFESSIONS_MAX });
    }
    ids(p, "professions", ws.professions.iter().map(|x| x.id.as_str()));
    for (i, prof) in ws.professions.iter().enumerate() {
        limit(p, key(&index("professions", i), "name"), &prof.name, PROFESSION_NAME_MAX);
    }
    if ws.snapshots.len() > SNAPSHOTS_MAX {
        let count = ws.snapshots.len();
        p.add("snapshots".into(), Issue::TooMany { count, max: SNAPSHOTS_MAX });
    }
    ids(p, "snapshots", ws.snapshots.iter().map(|x| x.id.as_str()));
    for (i, snap) in ws.snapshots.iter().enumerate() {
        let at = index("snapshots", i);
        limit(p, key(&at, "label"), &snap.label, SNAPSHOT_LABEL_MAX);
        if !snap.date.is_empty() && !is_iso_date(&snap.date) {
            p.add(key(&at, "date"), Issue::BadDate { value: snap.date.clone() });
        }
    }
    if let Err(errors) = ws.budgets.validate() {
        for e in errors {
            p.add(key("budgets", e.field()), Issue::Budget(e));
        }
    }
}
