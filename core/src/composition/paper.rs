//! The paper's Table 2 as a workspace: the reference data for tests and the example workspace.
//!
//! Source: Alcalde-Rabanal, Becerril-Montekio & Langlois, Implementation Science 2018;13:41,
//! Table 2 (members by profession at the concept-mapping baseline, 2013, and at the end, 2015).

use super::profession::{default_professions, NURSES, OTHER, PHYSICIANS};
use super::snapshot::SnapshotDef;
use crate::community::CommunityFields;
use crate::text::Lang;
use crate::workspace::Workspace;

/// Snapshot id of the 2013 baseline.
pub const PAPER_BASELINE: &str = "baseline-2013";
/// Snapshot id of the 2015 end count.
pub const PAPER_END: &str = "end-2015";

/// CoP id, name, country, then (physicians, nurses, other) at baseline 2013 and at end 2015.
type PaperRow = (&'static str, &'static str, &'static str, [u32; 3], [u32; 3]);

/// Table 2 exactly as printed (re-read and cross-checked in `paper-data.md`).
const TABLE_2: [PaperRow; 6] = [
    (
        "paper-hidalgo",
        "Hidalgo",
        "México",
        [13, 11, 4],
        [13, 11, 3],
    ),
    (
        "paper-morelos",
        "Morelos",
        "México",
        [21, 11, 4],
        [17, 12, 2],
    ),
    ("paper-veracruz", "Veracruz", "México", [5, 5, 7], [5, 5, 7]),
    (
        "paper-chontales",
        "Chontales",
        "Nicaragua",
        [16, 6, 20],
        [9, 9, 2],
    ),
    (
        "paper-jinotega",
        "Jinotega",
        "Nicaragua",
        [14, 28, 12],
        [15, 12, 5],
    ),
    (
        "paper-matagalpa",
        "Matagalpa",
        "Nicaragua",
        [1, 12, 10],
        [1, 10, 2],
    ),
];

/// 2013-06-01T00:00:00Z, the month the CoPs' training began; a fixed time keeps the example
/// identical on every run.
const PAPER_CREATED_MS: i64 = 1_370_044_800_000;

/// The six CoPs of Table 2 with both snapshots, labelled in English.
pub fn paper_table2_workspace() -> Workspace {
    paper_table2_workspace_in(Lang::En)
}

/// The six CoPs of Table 2 with both snapshots, with workspace and snapshot labels in `lang`.
/// CoP and country names are proper names and the same in both languages.
pub fn paper_table2_workspace_in(lang: Lang) -> Workspace {
    let (name, baseline, end) = match lang {
        Lang::En => (
            "Mexico and Nicaragua 2013–2015 (paper, Table 2)",
            "Baseline 2013",
            "End 2015",
        ),
        Lang::Es => (
            "México y Nicaragua 2013–2015 (artículo, cuadro 2)",
            "Línea de base 2013",
            "Final 2015",
        ),
    };
    let mut ws = Workspace {
        name: name.to_string(),
        professions: default_professions(),
        ..Workspace::default()
    };
    ws.snapshots = vec![
        SnapshotDef {
            id: PAPER_BASELINE.into(),
            label: baseline.into(),
            date: "2013".into(),
        },
        SnapshotDef {
            id: PAPER_END.into(),
            label: end.into(),
            date: "2015".into(),
        },
    ];
    for (id, cop, country, counts_2013, counts_2015) in TABLE_2 {
        let fields = CommunityFields {
            name: cop.into(),
            country: country.into(),
            ..CommunityFields::default()
        };
        // The rows are fixed and valid, so this cannot fail; if it ever did, the CoP would be
        // missing and the Table 2 tests would say so.
        let Ok(id) = ws.add_community(id.into(), &fields, PAPER_CREATED_MS) else {
            continue;
        };
        if let Some(c) = ws.community_mut(&id) {
            for (snapshot, counts) in [(PAPER_BASELINE, counts_2013), (PAPER_END, counts_2015)] {
                for (profession, n) in [PHYSICIANS, NURSES, OTHER].into_iter().zip(counts) {
                    c.composition.set_count(snapshot, profession, n);
                }
            }
        }
    }
    ws
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn six_cops_two_snapshots() {
        let ws = paper_table2_workspace();
        assert_eq!(ws.communities.len(), 6);
        assert_eq!(ws.countries(), ["México", "Nicaragua"]);
        assert_eq!(ws.snapshots.len(), 2);
        let es = paper_table2_workspace_in(Lang::Es);
        assert_eq!(es.snapshots[0].label, "Línea de base 2013");
        assert_eq!(es.communities, ws.communities);
    }

    #[test]
    fn survives_a_save_and_load() {
        let ws = paper_table2_workspace();
        let text = serde_json::to_string(&ws).unwrap();
        let back: Workspace = serde_json::from_str(&text).unwrap();
        assert_eq!(back, ws);
    }
}
