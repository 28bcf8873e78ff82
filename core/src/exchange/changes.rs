//! What differs between two workspaces, so storage rewrites only that after an import (and
//! after its undo): one record per changed CoP, the meta record only if settings or the order
//! of CoPs changed.

use std::collections::BTreeSet;

use crate::workspace::Workspace;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Changes {
    /// Workspace settings (name, bands, professions, snapshots, budgets, version) or the list
    /// of CoPs (order, additions, deletions) changed: the meta record must be rewritten.
    pub meta: bool,
    /// CoPs added or changed.
    pub cops: BTreeSet<String>,
    /// CoPs no longer there.
    pub deleted: BTreeSet<String>,
}

impl Changes {
    pub fn is_empty(&self) -> bool {
        !self.meta && self.cops.is_empty() && self.deleted.is_empty()
    }
}

pub fn changed_ids(before: &Workspace, after: &Workspace) -> Changes {
    let mut changes = Changes::default();
    for cop in &after.communities {
        if before.community(&cop.id) != Some(cop) {
            changes.cops.insert(cop.id.clone());
        }
    }
    for cop in &before.communities {
        if after.community(&cop.id).is_none() {
            changes.deleted.insert(cop.id.clone());
        }
    }
    // Listing every field (no `..`) makes adding a field to `Workspace` a compile error here,
    // so a new setting cannot be silently left out of the comparison.
    let Workspace { schema_version, name, communities, bands, professions, snapshots, budgets } =
        before;
    let order_changed =
        !communities.iter().map(|c| &c.id).eq(after.communities.iter().map(|c| &c.id));
    changes.meta = order_changed
        || *schema_version != after.schema_version
        || *name != after.name
        || *bands != after.bands
        || *professions != after.professions
        || *snapshots != after.snapshots
        || *budgets != after.budgets;
    changes
}
