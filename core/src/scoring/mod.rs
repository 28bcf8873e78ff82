//! Scoring a CoP on the paper's five criteria (Table 1). OWNED BY: scoring helper (in progress).

use serde::{Deserialize, Serialize};

/// One assessment of a CoP (date, period, raters, consensus, evidence notes).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Assessment {}

/// Band cut-points (paper defaults: 5–12, 13–20, 21–25).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct BandCuts {}
