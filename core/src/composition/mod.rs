//! Membership composition (Table 2). OWNED BY: composition helper (in progress).

use serde::{Deserialize, Serialize};

/// A profession column (physicians, nurses, other, or a team's own).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Profession {}

/// A snapshot shared by all CoPs of the workspace (e.g. "baseline 2013", "end 2015").
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SnapshotDef {}

/// One CoP's counts per snapshot and profession, and its roles.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CopComposition {}

pub fn default_professions() -> Vec<Profession> {
    Vec::new()
}
