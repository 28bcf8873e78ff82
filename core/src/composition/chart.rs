//! What the composition chart draws: for every column of the table (each CoP, each country,
//! everyone), one 100 % stacked bar per snapshot, split by profession.
//!
//! Segments are measured in tenths of a percent and start where the previous one ended, so the
//! app only scales them to its drawing; because the shares come from the same largest-remainder
//! rounding as the table, every full bar ends exactly at 1000 and the printed labels agree with
//! the table to the digit.

use super::share::Share;
use super::table::{ColumnKind, CompositionTable};
use crate::text::Lang;

/// One profession's part of a bar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Segment {
    /// Profession row (index into the table's professions), which picks its fill and label.
    pub row: usize,
    pub count: u32,
    pub share: Share,
    /// Where the segment starts, in tenths of a percent from the bar's start.
    pub start: u16,
}

impl Segment {
    /// Where the segment ends, in tenths of a percent.
    pub fn end(&self) -> u16 {
        self.start.saturating_add(self.share.tenths())
    }
}

/// A column at one snapshot. No segments when nobody was counted (the app says so).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bar {
    pub snapshot_id: String,
    pub snapshot_label: String,
    pub total: u32,
    /// Only professions with members, in row order.
    pub segments: Vec<Segment>,
}

/// The bars of one column, one per snapshot in the order the tables were given.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BarGroup {
    pub kind: ColumnKind,
    pub key: String,
    pub heading: String,
    pub bars: Vec<Bar>,
}

fn bar(table: &CompositionTable, kind: ColumnKind, key: &str) -> Bar {
    let mut segments = Vec::new();
    let mut total = 0;
    if let Some(col) = table.column(kind, key) {
        total = col.total.count;
        let mut start: u16 = 0;
        for (row, cell) in col.cells.iter().enumerate() {
            if let (Some(share), true) = (cell.share, cell.count > 0) {
                segments.push(Segment { row, count: cell.count, share, start });
                start = start.saturating_add(share.tenths());
            }
        }
    }
    Bar {
        snapshot_id: table.snapshot_id.clone(),
        snapshot_label: table.snapshot_label.clone(),
        total,
        segments,
    }
}

/// The chart's bars: one group per column of the first table (same order as the table), with
/// one bar per table. Tables built from the same workspace have the same columns; a column
/// missing from a later table gets an empty bar rather than being dropped.
pub fn stacked_bars(tables: &[&CompositionTable], lang: Lang) -> Vec<BarGroup> {
    let Some(first) = tables.first() else {
        return Vec::new();
    };
    first
        .columns
        .iter()
        .map(|col| BarGroup {
            kind: col.kind,
            key: col.key.clone(),
            heading: col.heading(lang),
            bars: tables.iter().map(|t| bar(t, col.kind, &col.key)).collect(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::composition::paper::{paper_table2_workspace, PAPER_BASELINE, PAPER_END};

    #[test]
    fn paper_bars_fill_exactly() {
        let ws = paper_table2_workspace();
        let b = CompositionTable::build(&ws, PAPER_BASELINE);
        let e = CompositionTable::build(&ws, PAPER_END);
        let groups = stacked_bars(&[&b, &e], Lang::Es);
        assert_eq!(groups.len(), 9);
        assert_eq!(groups[3].heading, "Total México");
        let total = &groups[8];
        assert_eq!(total.kind, ColumnKind::Overall);
        assert_eq!(total.bars.len(), 2);
        assert_eq!((total.bars[0].total, total.bars[1].total), (200, 140));
        let starts: Vec<u16> = total.bars[0].segments.iter().map(|s| s.start).collect();
        assert_eq!(starts, [0, 350, 715]);
        for g in &groups {
            for bar in &g.bars {
                assert_eq!(bar.segments.last().map(Segment::end), Some(1000), "{}", g.heading);
            }
        }
    }

    #[test]
    fn empty_columns_and_no_tables() {
        let mut ws = paper_table2_workspace();
        let fields = crate::CommunityFields {
            name: "Nueva".into(),
            country: "Honduras".into(),
            ..Default::default()
        };
        ws.add_community("new".into(), &fields, 0).unwrap();
        // Matagalpa had one physician in 2013: a small segment still starts at 0.
        let t = CompositionTable::build(&ws, PAPER_BASELINE);
        let groups = stacked_bars(&[&t], Lang::En);
        let new = groups.iter().find(|g| g.key == "new").unwrap();
        assert!(new.bars[0].segments.is_empty());
        assert_eq!(new.bars[0].total, 0);
        assert!(stacked_bars(&[], Lang::En).is_empty());
        let nothing = CompositionTable::build(&ws, "none");
        let groups = stacked_bars(&[&t, &nothing], Lang::En);
        assert!(groups.iter().all(|g| g.bars[1].segments.is_empty()));
    }
}
