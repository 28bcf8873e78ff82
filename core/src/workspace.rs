//! The workspace: everything a team keeps together, versioned and serialisable.
//!
//! Every change goes through a method here so the app can tell storage exactly which CoP
//! changed (see `Change`), keeping a save proportional to the edit.

use serde::{Deserialize, Serialize};

use crate::community::{Community, CommunityFields, CommunityId, FieldError};
use crate::composition::{default_professions, Profession, SnapshotDef};
use crate::scoring::BandCuts;
use crate::summary::Budgets;

/// Version of the stored and exported data layout. Bump it when the layout changes and add a
/// migration step in `exchange/migrate.rs` (and a fixture file under
/// `core/tests/fixtures/exchange/`). 1: the bare workspace of the first release; 2: the same
/// workspace inside the export envelope (see `exchange`).
pub const SCHEMA_VERSION: u32 = 2;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Workspace {
    pub schema_version: u32,
    /// Shown in the header when a person keeps several workspaces.
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub communities: Vec<Community>,
    /// Scoring: where the bands start (paper defaults unless the team changes them).
    #[serde(default)]
    pub bands: BandCuts,
    /// Composition: the profession columns, in display order.
    #[serde(default = "default_professions")]
    pub professions: Vec<Profession>,
    /// Composition: the snapshots every CoP is counted at, in time order.
    #[serde(default)]
    pub snapshots: Vec<SnapshotDef>,
    /// Summary: words per page and page limits.
    #[serde(default)]
    pub budgets: Budgets,
}

impl Default for Workspace {
    fn default() -> Self {
        Workspace {
            schema_version: SCHEMA_VERSION,
            name: String::new(),
            communities: Vec::new(),
            bands: BandCuts::default(),
            professions: default_professions(),
            snapshots: Vec::new(),
            budgets: Budgets::default(),
        }
    }
}

/// Why a workspace operation was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WorkspaceError {
    Invalid(Vec<FieldError>),
    UnknownCommunity(CommunityId),
    DuplicateId(CommunityId),
}

/// A deleted CoP with where it stood, so that "Undo" puts it back in its place.
#[derive(Clone, Debug, PartialEq)]
pub struct Deleted {
    pub index: usize,
    pub community: Community,
}

impl Workspace {
    pub fn community(&self, id: &str) -> Option<&Community> {
        self.communities.iter().find(|c| c.id == id)
    }

    pub fn community_mut(&mut self, id: &str) -> Option<&mut Community> {
        self.communities.iter_mut().find(|c| c.id == id)
    }

    fn names_except<'a>(&'a self, id: Option<&'a str>) -> impl Iterator<Item = &'a str> + 'a {
        self.communities.iter().filter(move |c| Some(c.id.as_str()) != id).map(|c| c.name.as_str())
    }

    /// Adds a CoP after validating its fields. Returns its id.
    pub fn add_community(
        &mut self,
        id: CommunityId,
        fields: &CommunityFields,
        now: i64,
    ) -> Result<CommunityId, WorkspaceError> {
        if self.community(&id).is_some() {
            return Err(WorkspaceError::DuplicateId(id));
        }
        let clean = fields.validate(self.names_except(None)).map_err(WorkspaceError::Invalid)?;
        self.communities.push(Community::new(id.clone(), clean, now));
        Ok(id)
    }

    /// Replaces the editable fields of a CoP (rename, move, notes).
    pub fn edit_community(
        &mut self,
        id: &str,
        fields: &CommunityFields,
        now: i64,
    ) -> Result<(), WorkspaceError> {
        let clean =
            fields.validate(self.names_except(Some(id))).map_err(WorkspaceError::Invalid)?;
        let c = self
            .community_mut(id)
            .ok_or_else(|| WorkspaceError::UnknownCommunity(id.to_string()))?;
        c.name = clean.name;
        c.country = clean.country;
        c.region = clean.region;
        c.notes = clean.notes;
        c.updated = now;
        Ok(())
    }

    /// Removes a CoP and hands it back for undo.
    pub fn delete_community(&mut self, id: &str) -> Result<Deleted, WorkspaceError> {
        let index = self
            .communities
            .iter()
            .position(|c| c.id == id)
            .ok_or_else(|| WorkspaceError::UnknownCommunity(id.to_string()))?;
        Ok(Deleted { index, community: self.communities.remove(index) })
    }

    /// Puts a deleted CoP back where it was (or at the end if the list has shrunk since).
    pub fn restore_community(&mut self, deleted: Deleted) -> Result<(), WorkspaceError> {
        if self.community(&deleted.community.id).is_some() {
            return Err(WorkspaceError::DuplicateId(deleted.community.id));
        }
        let at = deleted.index.min(self.communities.len());
        self.communities.insert(at, deleted.community);
        Ok(())
    }

    /// Countries in first-seen order, for grouping tables like the paper's Table 2.
    pub fn countries(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for c in &self.communities {
            if !out.iter().any(|k| k.eq_ignore_ascii_case(&c.country)) {
                out.push(c.country.clone());
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(name: &str, country: &str) -> CommunityFields {
        CommunityFields { name: name.into(), country: country.into(), ..Default::default() }
    }

    fn sample() -> Workspace {
        let mut ws = Workspace::default();
        ws.add_community("a".into(), &f("Hidalgo", "México"), 10).unwrap();
        ws.add_community("b".into(), &f("Chontales", "Nicaragua"), 11).unwrap();
        ws.add_community("c".into(), &f("Morelos", "México"), 12).unwrap();
        ws
    }

    #[test]
    fn new_workspace_carries_schema_version() {
        let json = serde_json::to_value(Workspace::default()).unwrap();
        assert_eq!(json["schema_version"], SCHEMA_VERSION);
    }

    #[test]
    fn serde_round_trip() {
        let mut ws = sample();
        ws.name = "Programa 2013–2015".into();
        ws.communities[0].notes = "Líder: Dra. Pérez; «ñ» & <b>".into();
        let text = serde_json::to_string_pretty(&ws).unwrap();
        let back: Workspace = serde_json::from_str(&text).unwrap();
        assert_eq!(back, ws);
    }

    #[test]
    fn add_edit_delete_restore() {
        let mut ws = sample();
        assert_eq!(ws.communities.len(), 3);
        assert_eq!(
            ws.add_community("a".into(), &f("Other", "X"), 1),
            Err(WorkspaceError::DuplicateId("a".into()))
        );
        assert!(matches!(
            ws.add_community("d".into(), &f("MORELOS", "México"), 1),
            Err(WorkspaceError::Invalid(_))
        ));
        ws.edit_community("a", &f("Hidalgo (Tula)", "México"), 99).unwrap();
        assert_eq!(ws.community("a").unwrap().name, "Hidalgo (Tula)");
        assert_eq!(ws.community("a").unwrap().updated, 99);
        assert_eq!(ws.community("a").unwrap().created, 10);
        // Keeping its own name is not a clash.
        ws.edit_community("b", &f("Chontales", "Nicaragua"), 5).unwrap();
        let gone = ws.delete_community("b").unwrap();
        assert_eq!(gone.index, 1);
        assert!(ws.community("b").is_none());
        ws.restore_community(gone).unwrap();
        assert_eq!(ws.communities[1].id, "b");
        assert_eq!(
            ws.delete_community("zzz").unwrap_err(),
            WorkspaceError::UnknownCommunity("zzz".into())
        );
    }

    #[test]
    fn countries_in_first_seen_order() {
        assert_eq!(sample().countries(), vec!["México".to_string(), "Nicaragua".to_string()]);
    }
}
