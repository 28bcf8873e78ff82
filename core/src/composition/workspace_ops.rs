//! Changing the composition set-up of a whole workspace: adding, renaming, removing and
//! reordering professions and snapshots.
//!
//! Professions and snapshots belong to the workspace, but the counts made under them live in
//! every CoP. Removing one therefore also clears its counts (and, for a snapshot, its
//! strategic/tactical split) in every CoP, so no total ever includes a row or moment that is no
//! longer listed. Each removal hands back everything it took, with the place it stood, so the
//! app can offer "Undo" and put it all back exactly.

use std::collections::BTreeMap;

use super::profession::{new_profession, rename_profession, Profession, ProfessionError};
use super::roles::StaffSplit;
use super::snapshot::{edit_snapshot, new_snapshot, SnapshotDef, SnapshotError};
use crate::community::CommunityId;
use crate::text::Lang;
use crate::workspace::Workspace;

/// Why a change to the professions or snapshots was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SetupError {
    /// The name typed for a profession is not acceptable.
    Profession(ProfessionError),
    /// The label or date typed for a snapshot is not acceptable (one entry per problem).
    Snapshot(Vec<SnapshotError>),
    /// No profession with this id (it may have been removed in another tab).
    UnknownProfession(String),
    /// No snapshot with this id (it may have been removed in another tab).
    UnknownSnapshot(String),
    /// The paper's three professions are kept so every workspace can be compared with Table 2.
    BuiltInProfession,
    /// An undo found the id in use again (the same name was added since the removal).
    AlreadyThere(String),
}

impl SetupError {
    /// Every sentence that applies, in `lang`.
    pub fn messages(&self, lang: Lang) -> Vec<String> {
        match self {
            SetupError::Profession(e) => vec![e.message(lang)],
            SetupError::Snapshot(errors) => errors.iter().map(|e| e.message(lang)).collect(),
            other => vec![other.message(lang)],
        }
    }

    /// One sentence (the first, when a snapshot form has several problems).
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (SetupError::Profession(e), _) => e.message(lang),
            (SetupError::Snapshot(errors), _) => {
                errors.first().map(|e| e.message(lang)).unwrap_or_default()
            }
            (SetupError::UnknownProfession(_), Lang::En) => {
                "This profession no longer exists (it may have been removed in another tab).".into()
            }
            (SetupError::UnknownProfession(_), Lang::Es) => {
                "Esta profesión ya no existe (puede que se haya quitado en otra pestaña).".into()
            }
            (SetupError::UnknownSnapshot(_), Lang::En) => {
                "This count no longer exists (it may have been deleted in another tab).".into()
            }
            (SetupError::UnknownSnapshot(_), Lang::Es) => {
                "Este conteo ya no existe (puede que se haya eliminado en otra pestaña).".into()
            }
            (SetupError::BuiltInProfession, Lang::En) => {
                "Physicians, nurses and other are the paper's professions and cannot be removed. Leave their counts empty if you do not use them.".into()
            }
            (SetupError::BuiltInProfession, Lang::Es) => {
                "Médicos, enfermeras y otros son las profesiones del artículo y no se pueden quitar. Deje sus conteos vacíos si no los usa.".into()
            }
            (SetupError::AlreadyThere(_), Lang::En) => {
                "It cannot be put back: one with the same name was added since. Rename or remove that one first.".into()
            }
            (SetupError::AlreadyThere(_), Lang::Es) => {
                "No se puede restaurar: desde entonces se agregó otro con el mismo nombre. Cambie el nombre de ese o quítelo primero.".into()
            }
        }
    }
}

/// How much data hangs on a profession or snapshot, so the app can say what a removal loses.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Usage {
    /// CoPs with anything recorded under it.
    pub cops: usize,
    /// Members counted under it, summed over those CoPs (and, for a profession, over all
    /// snapshots).
    pub members: u64,
}

impl Usage {
    pub fn is_empty(&self) -> bool {
        self.cops == 0
    }
}

/// A removed profession with its place in the list and every count made under it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RemovedProfession {
    pub index: usize,
    pub profession: Profession,
    /// CoP id → snapshot id → members, for every CoP that had some.
    pub counts: BTreeMap<CommunityId, BTreeMap<String, u32>>,
}

/// A removed snapshot with its place in the list and everything recorded at it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RemovedSnapshot {
    pub index: usize,
    pub snapshot: SnapshotDef,
    /// CoP id → profession id → members, for every CoP that had some.
    pub counts: BTreeMap<CommunityId, BTreeMap<String, u32>>,
    /// CoP id → strategic/tactical split, for every CoP that recorded one.
    pub roles: BTreeMap<CommunityId, StaffSplit>,
}

impl RemovedProfession {
    /// The CoPs whose records changed (to be saved again).
    pub fn cops(&self) -> Vec<CommunityId> {
        self.counts.keys().cloned().collect()
    }
}

impl RemovedSnapshot {
    /// The CoPs whose records changed (to be saved again).
    pub fn cops(&self) -> Vec<CommunityId> {
        let mut ids: Vec<CommunityId> = self.counts.keys().cloned().collect();
        for id in self.roles.keys() {
            if !ids.contains(id) {
                ids.push(id.clone());
            }
        }
        ids
    }
}

/// Moves the item at `from` to `to` (clamped to the list), returning where it ended up.
fn move_item<T>(list: &mut Vec<T>, from: usize, to: usize) -> usize {
    let to = to.min(list.len().saturating_sub(1));
    if from != to && from < list.len() {
        let item = list.remove(from);
        list.insert(to, item);
    }
    to
}

impl Workspace {
    fn profession_index(&self, id: &str) -> Result<usize, SetupError> {
        self.professions
            .iter()
            .position(|p| p.id == id)
            .ok_or_else(|| SetupError::UnknownProfession(id.to_string()))
    }

    fn snapshot_index(&self, id: &str) -> Result<usize, SetupError> {
        self.snapshots
            .iter()
            .position(|s| s.id == id)
            .ok_or_else(|| SetupError::UnknownSnapshot(id.to_string()))
    }

    /// Adds a profession at the end of the list. Returns its new id.
    pub fn add_profession(&mut self, name: &str) -> Result<String, SetupError> {
        let p = new_profession(name, &self.professions).map_err(SetupError::Profession)?;
        let id = p.id.clone();
        self.professions.push(p);
        Ok(id)
    }

    /// Renames a profession; its id, and so its counts, stay as they are.
    pub fn rename_profession(&mut self, id: &str, name: &str) -> Result<(), SetupError> {
        let i = self.profession_index(id)?;
        let clean =
            rename_profession(id, name, &self.professions).map_err(SetupError::Profession)?;
        self.professions[i].name = clean;
        Ok(())
    }

    /// How many CoPs and members are counted under a profession, over all snapshots.
    pub fn profession_usage(&self, id: &str) -> Usage {
        let mut usage = Usage::default();
        for c in &self.communities {
            let members: u64 = c
                .composition
                .counts
                .values()
                .filter_map(|m| m.get(id))
                .map(|&n| u64::from(n))
                .sum();
            if members > 0 {
                usage.cops += 1;
                usage.members += members;
            }
        }
        usage
    }

    /// Removes a team's own profession and its counts in every CoP. The paper's three are kept.
    pub fn remove_profession(&mut self, id: &str) -> Result<RemovedProfession, SetupError> {
        let index = self.profession_index(id)?;
        if self.professions[index].is_built_in() {
            return Err(SetupError::BuiltInProfession);
        }
        let profession = self.professions.remove(index);
        let mut counts = BTreeMap::new();
        for c in &mut self.communities {
            let taken: BTreeMap<String, u32> = c
                .composition
                .counts
                .iter()
                .filter_map(|(snap, m)| m.get(id).map(|&n| (snap.clone(), n)))
                .collect();
            if !taken.is_empty() {
                c.composition.remove_profession(id);
                counts.insert(c.id.clone(), taken);
            }
        }
        Ok(RemovedProfession { index, profession, counts })
    }

    /// Undoes [`Workspace::remove_profession`]: the profession goes back to its place and its
    /// counts to the CoPs that still exist. Returns the CoPs whose records changed.
    pub fn restore_profession(
        &mut self,
        removed: RemovedProfession,
    ) -> Result<Vec<CommunityId>, SetupError> {
        let RemovedProfession { index, profession, counts } = removed;
        if self.professions.iter().any(|p| p.id == profession.id) {
            return Err(SetupError::AlreadyThere(profession.id));
        }
        let at = index.min(self.professions.len());
        let pid = profession.id.clone();
        self.professions.insert(at, profession);
        let mut touched = Vec::new();
        for (cop, by_snapshot) in counts {
            if let Some(c) = self.community_mut(&cop) {
                for (snap, n) in by_snapshot {
                    c.composition.set_count(&snap, &pid, n);
                }
                touched.push(cop);
            }
        }
        Ok(touched)
    }

    /// Moves a profession to position `to` (clamped). Returns where it ended up.
    pub fn move_profession(&mut self, id: &str, to: usize) -> Result<usize, SetupError> {
        let from = self.profession_index(id)?;
        Ok(move_item(&mut self.professions, from, to))
    }

    /// Adds a snapshot at the end of the list (snapshots are kept in time order, and a new one
    /// is usually the latest). Returns its new id.
    pub fn add_snapshot(&mut self, label: &str, date: &str) -> Result<String, SetupError> {
        let s = new_snapshot(label, date, &self.snapshots).map_err(SetupError::Snapshot)?;
        let id = s.id.clone();
        self.snapshots.push(s);
        Ok(id)
    }

    /// Adds several snapshots at once (the one-click "Baseline" and "End"), all or none.
    pub fn add_snapshots(&mut self, labels: &[&str]) -> Result<Vec<String>, SetupError> {
        let mut next = self.snapshots.clone();
        let mut ids = Vec::new();
        for label in labels {
            let s = new_snapshot(label, "", &next).map_err(SetupError::Snapshot)?;
            ids.push(s.id.clone());
            next.push(s);
        }
        self.snapshots = next;
        Ok(ids)
    }

    /// Changes a snapshot's label and date; its id, and so its counts, stay as they are.
    pub fn edit_snapshot(&mut self, id: &str, label: &str, date: &str) -> Result<(), SetupError> {
        let i = self.snapshot_index(id)?;
        let (label, date) =
            edit_snapshot(id, label, date, &self.snapshots).map_err(SetupError::Snapshot)?;
        self.snapshots[i].label = label;
        self.snapshots[i].date = date;
        Ok(())
    }

    /// How many CoPs have anything recorded at a snapshot, and how many members they counted
    /// (in the workspace's professions).
    pub fn snapshot_usage(&self, id: &str) -> Usage {
        let mut usage = Usage::default();
        let rows: Vec<&str> = self.professions.iter().map(|p| p.id.as_str()).collect();
        for c in &self.communities {
            if c.composition.has_counts(id) || c.composition.roles.contains_key(id) {
                usage.cops += 1;
                usage.members += c.composition.total(id, rows.iter().copied());
            }
        }
        usage
    }

    /// Removes a snapshot and everything recorded at it in every CoP.
    pub fn remove_snapshot(&mut self, id: &str) -> Result<RemovedSnapshot, SetupError> {
        let index = self.snapshot_index(id)?;
        let snapshot = self.snapshots.remove(index);
        let mut counts = BTreeMap::new();
        let mut roles = BTreeMap::new();
        for c in &mut self.communities {
            if let Some(m) = c.composition.counts.get(id) {
                counts.insert(c.id.clone(), m.clone());
            }
            if let Some(split) = c.composition.roles.get(id) {
                roles.insert(c.id.clone(), *split);
            }
            c.composition.remove_snapshot(id);
        }
        Ok(RemovedSnapshot { index, snapshot, counts, roles })
    }

    /// Undoes [`Workspace::remove_snapshot`]. Returns the CoPs whose records changed.
    pub fn restore_snapshot(
        &mut self,
        removed: RemovedSnapshot,
    ) -> Result<Vec<CommunityId>, SetupError> {
        let RemovedSnapshot { index, snapshot, counts, roles } = removed;
        if self.snapshots.iter().any(|s| s.id == snapshot.id) {
            return Err(SetupError::AlreadyThere(snapshot.id));
        }
        let at = index.min(self.snapshots.len());
        let sid = snapshot.id.clone();
        self.snapshots.insert(at, snapshot);
        let mut touched: Vec<CommunityId> = Vec::new();
        for (cop, by_profession) in counts {
            if let Some(c) = self.community_mut(&cop) {
                for (prof, n) in by_profession {
                    c.composition.set_count(&sid, &prof, n);
                }
                touched.push(cop);
            }
        }
        for (cop, split) in roles {
            if let Some(c) = self.community_mut(&cop) {
                c.composition.set_staff_split(&sid, split);
                if !touched.contains(&cop) {
                    touched.push(cop);
                }
            }
        }
        Ok(touched)
    }

    /// Moves a snapshot to position `to` (clamped). Returns where it ended up.
    pub fn move_snapshot(&mut self, id: &str, to: usize) -> Result<usize, SetupError> {
        let from = self.snapshot_index(id)?;
        Ok(move_item(&mut self.snapshots, from, to))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn move_item_clamps() {
        let mut v = vec![1, 2, 3];
        assert_eq!(move_item(&mut v, 0, 9), 2);
        assert_eq!(v, [2, 3, 1]);
        assert_eq!(move_item(&mut v, 2, 0), 0);
        assert_eq!(v, [1, 2, 3]);
        let mut empty: Vec<u8> = Vec::new();
        assert_eq!(move_item(&mut empty, 0, 3), 0);
    }

    #[test]
    fn every_error_speaks_both_languages() {
        let errors = [
            SetupError::UnknownProfession("x".into()),
            SetupError::UnknownSnapshot("x".into()),
            SetupError::BuiltInProfession,
            SetupError::AlreadyThere("x".into()),
            SetupError::Profession(ProfessionError::Empty),
            SetupError::Snapshot(vec![SnapshotError::LabelEmpty, SnapshotError::BadDate]),
        ];
        for e in errors {
            assert_ne!(e.message(Lang::En), e.message(Lang::Es));
            assert!(!e.message(Lang::En).is_empty());
        }
        assert_eq!(
            SetupError::Snapshot(vec![SnapshotError::LabelEmpty, SnapshotError::BadDate])
                .messages(Lang::En)
                .len(),
            2
        );
    }
}
