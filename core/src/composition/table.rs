//! The composition table for one snapshot, laid out like the paper's Table 2.
//!
//! Columns: each country's CoPs (countries in first-seen order, CoPs in workspace order)
//! followed by that country's subtotal, then the overall total. Rows: each profession of the
//! workspace, then the total. Every number the UI shows is here, already rounded; the UI only
//! formats and places it.

use super::diversity::{diversity, Diversity};
use super::profession::Profession;
use super::share::{shares, Share};
use crate::text::Lang;
use crate::workspace::Workspace;

/// What a column stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ColumnKind {
    Cop,
    Country,
    Overall,
}

/// One cell: members and their share of the column total (`None` when the column is empty,
/// which the UI shows as "–").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cell {
    pub count: u32,
    pub share: Option<Share>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Column {
    pub kind: ColumnKind,
    /// Stable key: the CoP id, the country name, or "" for the overall column. Columns with
    /// the same kind and key match across snapshots (see `compare`).
    pub key: String,
    /// CoP name, or country name; empty for the overall column (use [`Column::heading`]).
    pub name: String,
    /// Country of the CoP or subtotal; empty for the overall column.
    pub country: String,
    /// One cell per profession row, in the table's row order.
    pub cells: Vec<Cell>,
    /// The total row: all members of the column, with share 100.0 (or `None` when 0).
    pub total: Cell,
    /// Profile diversity of the column.
    pub diversity: Diversity,
    /// CoPs in the column (1 for a CoP column).
    pub cops: usize,
    /// How many of them have any member counted at this snapshot, so the UI can say
    /// "2 of 3 CoPs counted" instead of silently treating a missing count as zero members.
    pub cops_counted: usize,
}

impl Column {
    fn new(
        kind: ColumnKind,
        key: &str,
        name: &str,
        country: &str,
        counts: Vec<u32>,
        cops: usize,
        cops_counted: usize,
    ) -> Column {
        let total_count = counts.iter().fold(0u32, |a, &c| a.saturating_add(c));
        let cells = counts
            .iter()
            .zip(shares(&counts))
            .map(|(&count, share)| Cell { count, share })
            .collect();
        Column {
            kind,
            key: key.to_string(),
            name: name.to_string(),
            country: country.to_string(),
            cells,
            total: Cell {
                count: total_count,
                share: (total_count > 0).then_some(Share::FULL),
            },
            diversity: diversity(&counts),
            cops,
            cops_counted,
        }
    }

    /// Column heading: the CoP name, "México total" / "Total México" for a country, and
    /// "Total" for everyone.
    pub fn heading(&self, lang: Lang) -> String {
        match (self.kind, lang) {
            (ColumnKind::Cop, _) => self.name.clone(),
            (ColumnKind::Country, Lang::En) => format!("{} total", self.name),
            (ColumnKind::Country, Lang::Es) => format!("Total {}", self.name),
            (ColumnKind::Overall, _) => "Total".to_string(),
        }
    }

    pub fn counts(&self) -> Vec<u32> {
        self.cells.iter().map(|c| c.count).collect()
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompositionTable {
    pub snapshot_id: String,
    /// The snapshot's label, or its id if the workspace has no such snapshot.
    pub snapshot_label: String,
    /// The rows, in order (the workspace's professions when the table was built).
    pub professions: Vec<Profession>,
    /// All columns in display order; the overall column is last.
    pub columns: Vec<Column>,
}

impl CompositionTable {
    pub fn build(ws: &Workspace, snapshot_id: &str) -> CompositionTable {
        let professions = ws.professions.clone();
        let rows = professions.len();
        let count_of = |c: &crate::community::Community| -> Vec<u32> {
            professions
                .iter()
                .map(|p| c.composition.count(snapshot_id, &p.id))
                .collect()
        };
        let add = |into: &mut Vec<u32>, counts: &[u32]| {
            for (a, &c) in into.iter_mut().zip(counts) {
                *a = a.saturating_add(c);
            }
        };
        let mut columns = Vec::new();
        let mut overall = vec![0u32; rows];
        let mut overall_counted = 0;
        for country in ws.countries() {
            let mut subtotal = vec![0u32; rows];
            let (mut cops, mut counted) = (0, 0);
            // Same matching rule as `Workspace::countries`, so every CoP lands in one group.
            for cop in ws
                .communities
                .iter()
                .filter(|c| c.country.eq_ignore_ascii_case(&country))
            {
                let counts = count_of(cop);
                let has = usize::from(cop.composition.has_counts(snapshot_id));
                add(&mut subtotal, &counts);
                cops += 1;
                counted += has;
                columns.push(Column::new(
                    ColumnKind::Cop,
                    &cop.id,
                    &cop.name,
                    &country,
                    counts,
                    1,
                    has,
                ));
            }
            add(&mut overall, &subtotal);
            overall_counted += counted;
            columns.push(Column::new(
                ColumnKind::Country,
                &country,
                &country,
                &country,
                subtotal,
                cops,
                counted,
            ));
        }
        let all = ws.communities.len();
        columns.push(Column::new(
            ColumnKind::Overall,
            "",
            "",
            "",
            overall,
            all,
            overall_counted,
        ));
        let snapshot_label = ws
            .snapshots
            .iter()
            .find(|s| s.id == snapshot_id)
            .map_or_else(|| snapshot_id.to_string(), |s| s.label.clone());
        CompositionTable {
            snapshot_id: snapshot_id.to_string(),
            snapshot_label,
            professions,
            columns,
        }
    }

    /// The overall column (everyone in the workspace).
    pub fn overall(&self) -> Option<&Column> {
        self.columns
            .iter()
            .rev()
            .find(|c| c.kind == ColumnKind::Overall)
    }

    /// The paper's last column, "%": each profession's share of all members.
    pub fn overall_shares(&self) -> Vec<Option<Share>> {
        match self.overall() {
            Some(col) => col.cells.iter().map(|c| c.share).collect(),
            None => vec![None; self.professions.len()],
        }
    }

    pub fn row_labels(&self, lang: Lang) -> Vec<String> {
        self.professions.iter().map(|p| p.label(lang)).collect()
    }

    /// Column by kind and key (CoP id or country name).
    pub fn column(&self, kind: ColumnKind, key: &str) -> Option<&Column> {
        self.columns.iter().find(|c| c.kind == kind && c.key == key)
    }

    /// True when nobody is counted anywhere at this snapshot.
    pub fn is_empty(&self) -> bool {
        self.overall().is_none_or(|c| c.total.count == 0)
    }
}
