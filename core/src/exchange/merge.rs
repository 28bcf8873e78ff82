//! Bringing an imported workspace into the current one: first a preview (`plan_merge`), then,
//! with the person's choice for every conflict, the result (`apply_merge`).
//!
//! CoPs are matched by id, which is made once at creation and never changes, so the same CoP
//! exported by two teams lines up even if one of them renamed it. Both functions are pure:
//! the current workspace is never touched, so the UI can keep it for a one-click undo.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use super::names::unique_name;
use crate::community::Community;
use crate::composition::{Profession, SnapshotDef, PROFESSIONS_MAX, SNAPSHOTS_MAX};
use crate::text::Lang;
use crate::workspace::Workspace;

/// What the preview shows of a CoP.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CopSummary {
    pub id: String,
    pub name: String,
    pub country: String,
    /// Last change, milliseconds since the Unix epoch, so the person can see which is newer.
    pub updated: i64,
}

impl CopSummary {
    fn of(c: &Community) -> CopSummary {
        CopSummary {
            id: c.id.clone(),
            name: c.name.clone(),
            country: c.country.clone(),
            updated: c.updated,
        }
    }
}

/// The same CoP on both sides, with different content.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Conflict {
    pub id: String,
    pub mine: CopSummary,
    pub theirs: CopSummary,
}

/// The preview: what an import would do, before anything is decided.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MergePlan {
    /// CoPs only in the file.
    pub added: Vec<CopSummary>,
    /// CoPs identical on both sides: nothing to do.
    pub unchanged: Vec<CopSummary>,
    /// CoPs on both sides that differ: each needs a `Choice`.
    pub conflicts: Vec<Conflict>,
    /// Professions and snapshots only in the file; they are added (ours keep their labels).
    pub new_professions: Vec<Profession>,
    pub new_snapshots: Vec<SnapshotDef>,
}

/// What to do with one conflict.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Choice {
    KeepMine,
    TakeTheirs,
    /// Keep ours and add theirs as a copy with a new id and a numbered name.
    KeepBoth,
}

/// A CoP whose name was numbered to stay unique.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Renamed {
    /// Its id in the merged workspace.
    pub id: String,
    pub from: String,
    pub to: String,
}

/// What was done, for the confirmation message. Ids are those in the merged workspace.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MergeReport {
    pub added: Vec<String>,
    pub replaced: Vec<String>,
    pub kept: Vec<String>,
    /// New ids of the copies made by `KeepBoth`.
    pub duplicated: Vec<String>,
    pub unchanged: Vec<String>,
    pub renamed: Vec<Renamed>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct MergeOutcome {
    pub workspace: Workspace,
    pub report: MergeReport,
}

/// Why a merge was refused. Nothing is changed in that case.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MergeError {
    /// Conflicts with no choice: never decided silently.
    MissingChoices(Vec<String>),
    /// The incoming workspace has two CoPs with this id (`parse_import` refuses such files).
    DuplicateIncoming(String),
    TooManyProfessions {
        count: usize,
        max: usize,
    },
    TooManySnapshots {
        count: usize,
        max: usize,
    },
    /// The id source kept returning ids already in use.
    NoFreeId,
}

impl MergeError {
    pub fn message(&self, lang: Lang) -> String {
        use MergeError::*;
        match (self, lang) {
            (MissingChoices(ids), Lang::En) => format!(
                "Choose what to do with every CoP that differs ({} still without a choice).",
                ids.len()
            ),
            (MissingChoices(ids), Lang::Es) => format!(
                "Elija qué hacer con cada CdP que difiere (faltan {} por decidir).",
                ids.len()
            ),
            (DuplicateIncoming(id), Lang::En) => {
                format!("The file holds two CoPs with the id \"{id}\"; it cannot be merged.")
            }
            (DuplicateIncoming(id), Lang::Es) => format!(
                "El archivo contiene dos CdP con el identificador «{id}»; no se puede combinar."
            ),
            (TooManyProfessions { count, max }, Lang::En) => format!(
                "Together the two workspaces have {count} professions, more than the {max} \
                 allowed. Remove some professions from one of them first."
            ),
            (TooManyProfessions { count, max }, Lang::Es) => format!(
                "Juntos, los dos espacios de trabajo tienen {count} profesiones, más de las {max} \
                 permitidas. Quite primero algunas profesiones de uno de ellos."
            ),
            (TooManySnapshots { count, max }, Lang::En) => format!(
                "Together the two workspaces have {count} counts, more than the {max} allowed. \
                 Remove some counts from one of them first."
            ),
            (TooManySnapshots { count, max }, Lang::Es) => format!(
                "Juntos, los dos espacios de trabajo tienen {count} conteos, más de los {max} \
                 permitidos. Quite primero algunos conteos de uno de ellos."
            ),
            (NoFreeId, Lang::En) => "Could not make a new id for the copy; try again.".into(),
            (NoFreeId, Lang::Es) => {
                "No se pudo crear un identificador nuevo para la copia; intente de nuevo.".into()
            }
        }
    }
}

impl fmt::Display for MergeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for MergeError {}

/// The preview of merging `incoming` into `current`, in the file's order.
pub fn plan_merge(current: &Workspace, incoming: &Workspace) -> MergePlan {
    let mut plan = MergePlan::default();
    for theirs in &incoming.communities {
        match current.community(&theirs.id) {
            None => plan.added.push(CopSummary::of(theirs)),
            Some(mine) if mine == theirs => plan.unchanged.push(CopSummary::of(theirs)),
            Some(mine) => plan.conflicts.push(Conflict {
                id: theirs.id.clone(),
                mine: CopSummary::of(mine),
                theirs: CopSummary::of(theirs),
            }),
        }
    }
    let has_prof = |id: &str| current.professions.iter().any(|p| p.id == id);
    plan.new_professions =
        incoming.professions.iter().filter(|p| !has_prof(&p.id)).cloned().collect();
    let has_snap = |id: &str| current.snapshots.iter().any(|s| s.id == id);
    plan.new_snapshots = incoming.snapshots.iter().filter(|s| !has_snap(&s.id)).cloned().collect();
    plan
}

/// Most attempts at a fresh id before giving up: a working id source needs one.
const NEW_ID_TRIES: usize = 100;

/// The merged workspace. `choices` must hold a choice for every conflict of the plan (extra
/// entries are ignored); `new_id` makes ids for `KeepBoth` copies (the core has no randomness).
/// Our settings (name, bands, budgets) are kept; professions and snapshots are unioned by id.
pub fn apply_merge(
    current: &Workspace,
    incoming: &Workspace,
    choices: &BTreeMap<String, Choice>,
    new_id: &mut dyn FnMut() -> String,
) -> Result<MergeOutcome, MergeError> {
    let mut seen = BTreeSet::new();
    for c in &incoming.communities {
        if !seen.insert(c.id.as_str()) {
            return Err(MergeError::DuplicateIncoming(c.id.clone()));
        }
    }
    let plan = plan_merge(current, incoming);
    let missing: Vec<String> = plan
        .conflicts
        .iter()
        .filter(|c| !choices.contains_key(&c.id))
        .map(|c| c.id.clone())
        .collect();
    if !missing.is_empty() {
        return Err(MergeError::MissingChoices(missing));
    }
    let mut out = current.clone();
    out.professions.extend(plan.new_professions);
    if out.professions.len() > PROFESSIONS_MAX {
        let count = out.professions.len();
        return Err(MergeError::TooManyProfessions { count, max: PROFESSIONS_MAX });
    }
    for snap in plan.new_snapshots {
        insert_in_time_order(&mut out.snapshots, snap);
    }
    if out.snapshots.len() > SNAPSHOTS_MAX {
        let count = out.snapshots.len();
        return Err(MergeError::TooManySnapshots { count, max: SNAPSHOTS_MAX });
    }
    let mut report = MergeReport::default();
    for theirs in &incoming.communities {
        let id = theirs.id.clone();
        match current.community(&id) {
            None => {
                push_named(&mut out, theirs.clone(), &mut report);
                report.added.push(id);
            }
            Some(mine) if mine == theirs => report.unchanged.push(id),
            // Missing choices were refused above, so the `KeepMine` fallback is never taken.
            Some(_) => match choices.get(&id).copied().unwrap_or(Choice::KeepMine) {
                Choice::KeepMine => report.kept.push(id),
                Choice::TakeTheirs => {
                    let at = out.communities.iter().position(|c| c.id == id);
                    if let Some(at) = at {
                        out.communities[at] = theirs.clone();
                        name_uniquely(&mut out, at, &mut report);
                    }
                    report.replaced.push(id);
                }
                Choice::KeepBoth => {
                    let fresh = fresh_id(&out, incoming, new_id)?;
                    let copy = Community { id: fresh.clone(), ..theirs.clone() };
                    push_named(&mut out, copy, &mut report);
                    report.duplicated.push(fresh);
                }
            },
        }
    }
    Ok(MergeOutcome { workspace: out, report })
}

/// Appends a CoP, numbering its name if another CoP already has it.
fn push_named(ws: &mut Workspace, cop: Community, report: &mut MergeReport) {
    ws.communities.push(cop);
    let last = ws.communities.len() - 1;
    name_uniquely(ws, last, report);
}

/// Numbers the name of the CoP at `at` if another CoP already has it.
fn name_uniquely(ws: &mut Workspace, at: usize, report: &mut MergeReport) {
    let Some(cop) = ws.communities.get(at) else { return };
    let others = ws.communities.iter().enumerate().filter(|(i, _)| *i != at);
    let name = unique_name(&cop.name, others.map(|(_, c)| c.name.as_str()));
    if name != cop.name {
        let from = std::mem::replace(&mut ws.communities[at].name, name.clone());
        report.renamed.push(Renamed { id: ws.communities[at].id.clone(), from, to: name });
    }
}

/// An id from `new_id` that neither side uses (so a later incoming CoP cannot collide with it).
fn fresh_id(
    out: &Workspace,
    incoming: &Workspace,
    new_id: &mut dyn FnMut() -> String,
) -> Result<String, MergeError> {
    for _ in 0..NEW_ID_TRIES {
        let id = new_id();
        if !id.is_empty() && out.community(&id).is_none() && incoming.community(&id).is_none() {
            return Ok(id);
        }
    }
    Err(MergeError::NoFreeId)
}

/// Snapshots are kept in time order: a dated one goes before the first later-dated one
/// (ISO dates sort as text, "2013" before "2013-06"); an undated one goes last.
fn insert_in_time_order(list: &mut Vec<SnapshotDef>, snap: SnapshotDef) {
    let at = if snap.date.is_empty() {
        None
    } else {
        list.iter().position(|s| !s.date.is_empty() && s.date > snap.date)
    };
    match at {
        Some(i) => list.insert(i, snap),
        None => list.push(snap),
    }
}
