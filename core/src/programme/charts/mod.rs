//! Chart geometry: pure numbers the UI turns into inline SVG, with a text alternative for
//! each chart so screen-reader users get every value the bars show.
//!
//! The caller picks a viewBox (`Frame`) and the CoPs to draw, in order (normally the
//! dashboard's rows, so the charts follow its filter and sort). Positions are in viewBox units;
//! the UI only writes elements and chooses fonts.
//!
//! - `frame`: viewBox, margins, scale, ticks;
//! - `performance`: the paper's Fig. 4 (one bar per CoP, total 5–25, bands);
//! - `profile`: each CoP's five criterion values;
//! - `composition`: members per profession as stacked bars, baseline against end.

pub mod composition;
pub mod frame;
pub mod performance;
pub mod profile;

pub use composition::{composition_chart, CompositionChart, CompositionGroup, Segment, Stack};
pub use frame::{nice_step, Frame, Point, Rect, Scale, Tick, LABEL_GAP};
pub use performance::{
    performance_chart, BandZone, Boundary, PerformanceChart, TotalAxis, TotalBar,
};
pub use profile::{profile_chart, CriterionBar, ProfileChart, ProfileGroup};

use crate::community::Community;
use crate::workspace::Workspace;

/// Share of a slot a bar fills; the rest is the gap between bars.
pub(crate) const BAR_FILL: f64 = 0.6;

/// The CoPs with these ids, in this order; unknown and repeated ids are skipped.
pub(crate) fn pick<'a>(ws: &'a Workspace, ids: &[String]) -> Vec<&'a Community> {
    let mut out: Vec<&Community> = Vec::new();
    for id in ids {
        if let Some(c) = ws.community(id) {
            if !out.iter().any(|o| o.id == c.id) {
                out.push(c);
            }
        }
    }
    out
}
