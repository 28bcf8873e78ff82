//! Reading the workspace back at start-up, setting aside whatever cannot be read.

use std::collections::BTreeSet;

use practica_core::exchange::read_record;
use practica_core::{Community, Workspace};
use serde::Deserialize;

use super::{all_keys, handle, keys, read_raw, write_raw, StorageFault};

/// The small record that holds the workspace settings and the order of its CoPs.
#[derive(Deserialize)]
pub(crate) struct MetaIn {
    pub order: Vec<String>,
    pub workspace: Workspace,
}

/// Something that could not be read. The raw text is kept (in storage under `aside_key` when
/// that worked, and here in memory in any case) so the user can download it.
#[derive(Clone, Debug, PartialEq)]
pub struct LoadProblem {
    pub key: String,
    pub aside_key: Option<String>,
    pub raw: String,
    pub reason: String,
}

#[derive(Debug)]
pub struct Loaded {
    pub workspace: Workspace,
    pub problems: Vec<LoadProblem>,
}

fn set_aside(key: &str, raw: String, reason: String, now: i64) -> LoadProblem {
    let aside = keys::aside(key, now);
    let aside_key = write_raw(&aside, &raw).ok().map(|_| aside);
    LoadProblem { key: key.to_string(), aside_key, raw, reason }
}

pub(crate) fn parse_community(raw: &str) -> Result<Community, String> {
    read_record::<Community>(raw)
}

/// Loads the workspace of `slot`. Never fails: unreadable parts are set aside and reported,
/// and the rest is returned, so the app always starts usable.
pub fn load_workspace(slot: &str, now: i64) -> Result<Loaded, StorageFault> {
    let mut problems = Vec::new();
    let meta_key = keys::meta(slot);
    let mut order: Vec<String> = Vec::new();
    let mut workspace = Workspace::default();
    if let Some(raw) = read_raw(&meta_key)? {
        match read_record::<MetaIn>(&raw) {
            Ok(meta) if meta.workspace.schema_version <= practica_core::SCHEMA_VERSION => {
                order = meta.order;
                workspace = meta.workspace;
                workspace.communities.clear();
                // Stored records only ever gained fields with defaults (no stored layout of an
                // older schema was ever released), so reading them is the whole migration.
                workspace.schema_version = practica_core::SCHEMA_VERSION;
            }
            Ok(meta) => problems.push(set_aside(
                &meta_key,
                raw,
                format!("schema version {} is newer than this app", meta.workspace.schema_version),
                now,
            )),
            Err(e) => problems.push(set_aside(&meta_key, raw, e, now)),
        }
    }
    // CoP records not listed in the meta (a save interrupted between the two writes, or an
    // unreadable meta) are still recovered, after the listed ones.
    let prefix = keys::cop_prefix(slot);
    let mut found: Vec<String> = all_keys()
        .into_iter()
        .filter_map(|k| k.strip_prefix(&prefix).map(str::to_string))
        .collect();
    found.sort();
    // Sets, not `Vec::contains`: with 1,000 CoPs the quadratic checks were a visible part of
    // start-up.
    let listed: BTreeSet<String> = order.iter().cloned().collect();
    order.extend(found.into_iter().filter(|id| !listed.contains(id)));
    let mut loaded: BTreeSet<String> = BTreeSet::new();
    // One handle for the whole loop: getting it is several calls into JavaScript.
    let storage = handle()?;
    for id in order {
        let key = keys::cop(slot, &id);
        let Some(raw) = storage.get_item(&key).map_err(StorageFault::from_js)? else { continue };
        match parse_community(&raw) {
            Ok(c) if c.id == id && !loaded.contains(&id) => {
                loaded.insert(id);
                workspace.communities.push(c)
            }
            Ok(_) => problems.push(set_aside(&key, raw, "id does not match its key".into(), now)),
            Err(e) => problems.push(set_aside(&key, raw, e, now)),
        }
    }
    Ok(Loaded { workspace, problems })
}
