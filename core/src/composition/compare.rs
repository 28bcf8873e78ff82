//! Baseline versus end: how each column's composition changed between two snapshots.

use std::fmt;

use super::share::{tenths_of_percent, Share};
use super::snapshot::SnapshotDef;
use super::table::{Cell, Column, ColumnKind, CompositionTable};
use crate::workspace::Workspace;

/// A signed change in percentage points, in tenths: `Points(79)` is "+7.9".
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Points(pub i32);

/// "+7.9", "-7.9", "0.0". The sign is always written for a change, so a reader never has to
/// guess whether "7.9" went up or down. A plain ASCII hyphen keeps CSV files numeric.
impl fmt::Display for Points {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = match self.0 {
            n if n > 0 => "+",
            n if n < 0 => "-",
            _ => "",
        };
        let abs = self.0.unsigned_abs();
        write!(f, "{sign}{}.{}", abs / 10, abs % 10)
    }
}

/// A percentage that may exceed 100 (retention of a CoP that grew), in tenths: "70.0".
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Percent(pub u64);

impl fmt::Display for Percent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}", self.0 / 10, self.0 % 10)
    }
}

/// A change in members with its sign always written: "+5", "-60", "0" (ASCII hyphen, as for
/// [`Points`]).
pub fn signed_count(n: i64) -> String {
    if n > 0 {
        format!("+{n}")
    } else {
        n.to_string()
    }
}

/// One profession in one column, at both snapshots.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RowChange {
    pub baseline: Cell,
    pub end: Cell,
    /// Members gained (positive) or lost (negative).
    pub count_change: i64,
    /// Change of the profession's share, in points: the end share minus the baseline share *as
    /// shown*, so readers can check the subtraction. `None` if either column is empty.
    pub points: Option<Points>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ColumnChange {
    pub kind: ColumnKind,
    /// CoP id, country name, or "" for the overall column.
    pub key: String,
    pub name: String,
    pub country: String,
    /// One per profession row.
    pub rows: Vec<RowChange>,
    pub total_baseline: u32,
    pub total_end: u32,
    pub total_change: i64,
    /// End total ÷ baseline total, as a percentage with one decimal (halves up); `None` when
    /// nobody was counted at baseline. Above 100.0 when the column grew.
    pub retention: Option<Percent>,
    /// Diversity index at both snapshots and its change in points.
    pub diversity_baseline: Option<Share>,
    pub diversity_end: Option<Share>,
    pub diversity_change: Option<Points>,
}

fn points(from: Option<Share>, to: Option<Share>) -> Option<Points> {
    Some(Points(i32::from(to?.tenths()) - i32::from(from?.tenths())))
}

impl ColumnChange {
    fn new(b: &Column, e: &Column) -> ColumnChange {
        let rows = b
            .cells
            .iter()
            .zip(&e.cells)
            .map(|(&baseline, &end)| RowChange {
                baseline,
                end,
                count_change: i64::from(end.count) - i64::from(baseline.count),
                points: points(baseline.share, end.share),
            })
            .collect();
        let (tb, te) = (b.total.count, e.total.count);
        ColumnChange {
            kind: b.kind,
            key: b.key.clone(),
            name: b.name.clone(),
            country: b.country.clone(),
            rows,
            total_baseline: tb,
            total_end: te,
            total_change: i64::from(te) - i64::from(tb),
            retention: tenths_of_percent(u128::from(te), u128::from(tb))
                .and_then(|t| u64::try_from(t).ok())
                .map(Percent),
            diversity_baseline: b.diversity.index,
            diversity_end: e.diversity.index,
            diversity_change: points(b.diversity.index, e.diversity.index),
        }
    }
}

/// The whole comparison, one entry per column of the composition table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comparison {
    pub baseline: CompositionTable,
    pub end: CompositionTable,
    /// Same order as the tables' columns; the overall column is last.
    pub columns: Vec<ColumnChange>,
}

impl Comparison {
    /// Compares two snapshots of the workspace (which may be any two, in either order; the
    /// first is treated as the baseline).
    pub fn build(ws: &Workspace, baseline_id: &str, end_id: &str) -> Comparison {
        let baseline = CompositionTable::build(ws, baseline_id);
        let end = CompositionTable::build(ws, end_id);
        // Both tables come from the same workspace, so their columns correspond one to one;
        // matching by key still keeps a column from ever being paired with the wrong one.
        let columns = baseline
            .columns
            .iter()
            .filter_map(|b| end.column(b.kind, &b.key).map(|e| ColumnChange::new(b, e)))
            .collect();
        Comparison {
            baseline,
            end,
            columns,
        }
    }

    pub fn overall(&self) -> Option<&ColumnChange> {
        self.columns
            .iter()
            .rev()
            .find(|c| c.kind == ColumnKind::Overall)
    }

    pub fn column(&self, kind: ColumnKind, key: &str) -> Option<&ColumnChange> {
        self.columns.iter().find(|c| c.kind == kind && c.key == key)
    }
}

/// The snapshots to compare by default: the first and the last of the workspace (they are kept
/// in time order). `None` with fewer than two.
pub fn default_pair(snapshots: &[SnapshotDef]) -> Option<(&str, &str)> {
    match snapshots {
        [first, .., last] => Some((first.id.as_str(), last.id.as_str())),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn points_and_percent_display() {
        assert_eq!(Points(79).to_string(), "+7.9");
        assert_eq!(Points(-135).to_string(), "-13.5");
        assert_eq!(Points(-5).to_string(), "-0.5");
        assert_eq!(Points(0).to_string(), "0.0");
        assert_eq!(Points(i32::MIN).to_string(), "-214748364.8");
        assert_eq!(Percent(700).to_string(), "70.0");
        assert_eq!(Percent(1250).to_string(), "125.0");
    }

    #[test]
    fn signed_counts() {
        assert_eq!(signed_count(5), "+5");
        assert_eq!(signed_count(-60), "-60");
        assert_eq!(signed_count(0), "0");
        assert_eq!(signed_count(i64::MIN), i64::MIN.to_string());
    }

    #[test]
    fn default_pair_is_first_and_last() {
        let s = |id: &str| SnapshotDef {
            id: id.into(),
            label: id.into(),
            date: String::new(),
        };
        assert_eq!(default_pair(&[]), None);
        assert_eq!(default_pair(&[s("a")]), None);
        assert_eq!(default_pair(&[s("a"), s("b"), s("c")]), Some(("a", "c")));
    }
}
