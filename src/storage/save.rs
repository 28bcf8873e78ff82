//! Writing changes: only the CoPs that changed, and the meta record when the list or the
//! settings changed.

use std::collections::BTreeSet;

use practica_core::Workspace;
use serde::Serialize;

use super::{keys, remove, write_raw, StorageFault};

/// What has changed since the last successful save.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Pending {
    pub meta: bool,
    pub cops: BTreeSet<String>,
    pub deleted: BTreeSet<String>,
}

impl Pending {
    pub fn is_empty(&self) -> bool {
        !self.meta && self.cops.is_empty() && self.deleted.is_empty()
    }

    pub fn everything(ws: &Workspace) -> Pending {
        Pending { meta: true, cops: ws.communities.iter().map(|c| c.id.clone()).collect(), ..Default::default() }
    }

    pub fn merge(&mut self, other: Pending) {
        self.meta |= other.meta;
        self.cops.extend(other.cops);
        self.deleted.extend(other.deleted);
    }
}

#[derive(Serialize)]
struct MetaOut<'a> {
    order: Vec<&'a str>,
    workspace: &'a Workspace,
}

/// Serialises the meta record: the workspace without its CoPs (they have their own records),
/// plus their order. The CoPs are detached for the moment of serialising rather than cloned,
/// so this stays cheap with a thousand CoPs.
pub fn meta_json(ws: &mut Workspace) -> Result<String, serde_json::Error> {
    let cops = std::mem::take(&mut ws.communities);
    let order: Vec<String> = cops.iter().map(|c| c.id.clone()).collect();
    let out = serde_json::to_string(&MetaOut {
        order: order.iter().map(String::as_str).collect(),
        workspace: ws,
    });
    ws.communities = cops;
    out
}

/// Writes what `pending` lists. CoP records go first and the meta last, so that the meta never
/// lists a CoP whose record is missing; deleted records are removed after the meta no longer
/// lists them. On a fault, everything not yet written is returned for a later retry.
pub fn save_changes(slot: &str, ws: &mut Workspace, pending: Pending) -> Result<(), (StorageFault, Pending)> {
    let mut left = pending.clone();
    for id in &pending.cops {
        if let Some(c) = ws.community(id) {
            let json = serde_json::to_string(c).map_err(|e| (StorageFault::Other(e.to_string()), left.clone()))?;
            write_raw(&keys::cop(slot, id), &json).map_err(|f| (f, left.clone()))?;
        }
        left.cops.remove(id);
    }
    if pending.meta {
        let json = meta_json(ws).map_err(|e| (StorageFault::Other(e.to_string()), left.clone()))?;
        write_raw(&keys::meta(slot), &json).map_err(|f| (f, left.clone()))?;
        left.meta = false;
    }
    for id in &pending.deleted {
        // A CoP deleted and then restored (undo) is in the workspace again: keep its record.
        if ws.community(id).is_none() {
            remove(&keys::cop(slot, id)).map_err(|f| (f, left.clone()))?;
        }
        left.deleted.remove(id);
    }
    Ok(())
}
