//! The 1:3:25 executive summary (Tables 3 and 4). OWNED BY: summary helper (in progress).

use serde::{Deserialize, Serialize};

/// A CoP's executive summary.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Summary {}

/// Words per printed page and page limits per layer (configurable).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Budgets {}
