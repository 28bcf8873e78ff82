//! The paper's Table 2 reproduced to the digit, and the comparison figures derived from it.

use practica_core::composition::*;
use practica_core::text::Lang;
use practica_core::{CommunityFields, Workspace};

/// Each column's heading, counts (physicians, nurses, other), total, and shares. Counts, totals
/// and the overall shares are the paper's; the per-CoP and per-country shares (not printed in
/// the paper) were worked out independently with exact fractions. Three columns differ from
/// rounding each share on its own, because that would not add up to 100.0: México 2013
/// (48.1 + 33.3 + 18.5 = 99.9), Nicaragua 2013 (26.1 + 38.7 + 35.3 = 100.1) and Hidalgo 2015
/// (48.1 + 40.7 + 11.1 = 99.9).
type Expected = (&'static str, [u32; 3], u32, [&'static str; 3]);

fn check(table: &CompositionTable, expected: &[Expected]) {
    assert_eq!(table.columns.len(), expected.len());
    for (col, (heading, counts, total, shares)) in table.columns.iter().zip(expected) {
        assert_eq!(col.heading(Lang::En), *heading);
        assert_eq!(col.counts(), counts.to_vec(), "{heading}");
        assert_eq!(col.total.count, *total, "{heading}");
        assert_eq!(col.total.share, Some(Share::FULL), "{heading}");
        let shown: Vec<String> = col
            .cells
            .iter()
            .map(|c| c.share.map_or("–".into(), |s| s.to_string()))
            .collect();
        assert_eq!(shown, shares.to_vec(), "{heading}");
        let sum: u32 = col
            .cells
            .iter()
            .map(|c| c.share.map_or(0, |s| u32::from(s.tenths())))
            .sum();
        assert_eq!(sum, 1000, "{heading}");
    }
}

#[test]
fn table2_baseline_2013() {
    let t = CompositionTable::build(&paper_table2_workspace(), PAPER_BASELINE);
    assert_eq!(t.snapshot_label, "Baseline 2013");
    assert_eq!(t.row_labels(Lang::Es), ["Médicos", "Enfermeras", "Otros"]);
    check(
        &t,
        &[
            ("Hidalgo", [13, 11, 4], 28, ["46.4", "39.3", "14.3"]),
            ("Morelos", [21, 11, 4], 36, ["58.3", "30.6", "11.1"]),
            ("Veracruz", [5, 5, 7], 17, ["29.4", "29.4", "41.2"]),
            ("México total", [39, 27, 15], 81, ["48.2", "33.3", "18.5"]),
            ("Chontales", [16, 6, 20], 42, ["38.1", "14.3", "47.6"]),
            ("Jinotega", [14, 28, 12], 54, ["25.9", "51.9", "22.2"]),
            ("Matagalpa", [1, 12, 10], 23, ["4.3", "52.2", "43.5"]),
            (
                "Nicaragua total",
                [31, 46, 42],
                119,
                ["26.0", "38.7", "35.3"],
            ),
            ("Total", [70, 73, 57], 200, ["35.0", "36.5", "28.5"]),
        ],
    );
    let pct: Vec<String> = t
        .overall_shares()
        .iter()
        .map(|s| s.map_or("–".into(), |s| s.to_string()))
        .collect();
    assert_eq!(pct, ["35.0", "36.5", "28.5"]);
    assert_eq!(t.overall().map(|c| c.total.share), Some(Some(Share::FULL)));
    assert_eq!(t.overall().map(|c| (c.cops, c.cops_counted)), Some((6, 6)));
}

#[test]
fn table2_end_2015() {
    let t = CompositionTable::build(&paper_table2_workspace(), PAPER_END);
    check(
        &t,
        &[
            ("Hidalgo", [13, 11, 3], 27, ["48.2", "40.7", "11.1"]),
            ("Morelos", [17, 12, 2], 31, ["54.8", "38.7", "6.5"]),
            ("Veracruz", [5, 5, 7], 17, ["29.4", "29.4", "41.2"]),
            ("México total", [35, 28, 12], 75, ["46.7", "37.3", "16.0"]),
            ("Chontales", [9, 9, 2], 20, ["45.0", "45.0", "10.0"]),
            ("Jinotega", [15, 12, 5], 32, ["46.9", "37.5", "15.6"]),
            ("Matagalpa", [1, 10, 2], 13, ["7.7", "76.9", "15.4"]),
            ("Nicaragua total", [25, 31, 9], 65, ["38.5", "47.7", "13.8"]),
            ("Total", [60, 59, 21], 140, ["42.9", "42.1", "15.0"]),
        ],
    );
}

#[test]
fn change_and_retention() {
    let ws = paper_table2_workspace();
    let (b, e) = default_pair(&ws.snapshots).unwrap();
    let cmp = Comparison::build(&ws, b, e);
    let overall = cmp.overall().unwrap();
    assert_eq!(
        (
            overall.total_baseline,
            overall.total_end,
            overall.total_change
        ),
        (200, 140, -60)
    );
    assert_eq!(
        overall.retention.map(|r| r.to_string()),
        Some("70.0".into())
    );
    let pts: Vec<String> = overall
        .rows
        .iter()
        .map(|r| r.points.unwrap().to_string())
        .collect();
    assert_eq!(pts, ["+7.9", "+5.6", "-13.5"]);
    let counts: Vec<i64> = overall.rows.iter().map(|r| r.count_change).collect();
    assert_eq!(counts, [-10, -14, -36]);

    let retention = |kind, key| {
        cmp.column(kind, key)
            .and_then(|c| c.retention)
            .map(|r| r.to_string())
    };
    use ColumnKind::*;
    assert_eq!(retention(Cop, "paper-chontales").as_deref(), Some("47.6")); // 42 → 20
    assert_eq!(retention(Cop, "paper-hidalgo").as_deref(), Some("96.4")); // 28 → 27
    assert_eq!(retention(Cop, "paper-morelos").as_deref(), Some("86.1")); // 36 → 31
    assert_eq!(retention(Cop, "paper-veracruz").as_deref(), Some("100.0")); // 17 → 17
    assert_eq!(retention(Cop, "paper-jinotega").as_deref(), Some("59.3")); // 54 → 32
    assert_eq!(retention(Cop, "paper-matagalpa").as_deref(), Some("56.5")); // 23 → 13
    assert_eq!(retention(Country, "México").as_deref(), Some("92.6")); // 81 → 75
    assert_eq!(retention(Country, "Nicaragua").as_deref(), Some("54.6")); // 119 → 65

    let chontales = cmp.column(Cop, "paper-chontales").unwrap();
    let pts: Vec<String> = chontales
        .rows
        .iter()
        .map(|r| r.points.unwrap().to_string())
        .collect();
    assert_eq!(pts, ["+6.9", "+30.7", "-37.6"]);
    assert_eq!(chontales.total_change, -22);
    assert_eq!(
        overall.diversity_baseline.map(|d| d.to_string()).as_deref(),
        Some("66.3")
    );
    assert_eq!(
        overall.diversity_end.map(|d| d.to_string()).as_deref(),
        Some("61.6")
    );
    assert_eq!(
        overall.diversity_change.map(|d| d.to_string()).as_deref(),
        Some("-4.7")
    );
    assert_eq!(cmp.columns.len(), 9);
}

#[test]
fn empty_columns_and_snapshots_give_none() {
    let mut ws = paper_table2_workspace();
    let fields = CommunityFields {
        name: "Nueva".into(),
        country: "Honduras".into(),
        ..Default::default()
    };
    ws.add_community("new".into(), &fields, 0).unwrap();
    let t = CompositionTable::build(&ws, PAPER_BASELINE);
    let new = t.column(ColumnKind::Cop, "new").unwrap();
    assert_eq!(new.total.count, 0);
    assert!(new.cells.iter().all(|c| c.share.is_none()) && new.total.share.is_none());
    assert_eq!(new.diversity.index, None);
    assert_eq!(t.overall().map(|c| (c.cops, c.cops_counted)), Some((7, 6)));
    // The overall total is unchanged by an uncounted CoP.
    assert_eq!(t.overall().map(|c| c.total.count), Some(200));

    let cmp = Comparison::build(&ws, PAPER_BASELINE, PAPER_END);
    let new = cmp.column(ColumnKind::Cop, "new").unwrap();
    assert_eq!((new.retention, new.rows[0].points), (None, None));

    let nothing = CompositionTable::build(&ws, "no-such-snapshot");
    assert!(nothing.is_empty());
    assert_eq!(nothing.snapshot_label, "no-such-snapshot");
    assert!(nothing.overall_shares().iter().all(Option::is_none));

    let blank = CompositionTable::build(&Workspace::default(), PAPER_BASELINE);
    assert_eq!(blank.columns.len(), 1);
    assert!(blank.is_empty());
}

#[test]
fn custom_profession_is_part_of_the_maths() {
    let mut ws = paper_table2_workspace();
    let promoters = new_profession("Health promoters", &ws.professions).unwrap();
    let pid = promoters.id.clone();
    ws.professions.push(promoters);
    for (cop, n) in [("paper-hidalgo", 12u32), ("paper-chontales", 8)] {
        ws.community_mut(cop)
            .unwrap()
            .composition
            .set_count(PAPER_BASELINE, &pid, n);
    }
    let t = CompositionTable::build(&ws, PAPER_BASELINE);
    assert_eq!(
        t.row_labels(Lang::En),
        ["Physicians", "Nurses", "Other", "Health promoters"]
    );
    let overall = t.overall().unwrap();
    assert_eq!(overall.counts(), [70, 73, 57, 20]);
    assert_eq!(overall.total.count, 220);
    let shown: Vec<String> = overall
        .cells
        .iter()
        .map(|c| c.share.unwrap().to_string())
        .collect();
    // 70/220 = 31.82, 73/220 = 33.18, 57/220 = 25.91, 20/220 = 9.09 → sums to 100.0.
    assert_eq!(shown, ["31.8", "33.2", "25.9", "9.1"]);
    let hidalgo = t.column(ColumnKind::Cop, "paper-hidalgo").unwrap();
    assert_eq!(hidalgo.total.count, 40);
    assert_eq!(
        t.column(ColumnKind::Country, "México").unwrap().counts(),
        [39, 27, 15, 12]
    );
    assert_eq!(
        t.column(ColumnKind::Country, "Nicaragua").unwrap().counts(),
        [31, 46, 42, 8]
    );
    assert_eq!(
        overall
            .diversity
            .max_possible
            .map(|s| s.to_string())
            .as_deref(),
        Some("75.0")
    );
}

#[test]
fn countries_group_columns_even_when_cops_are_interleaved() {
    let mut ws = Workspace::default();
    for (id, name, country) in [("a", "A", "X"), ("b", "B", "Y"), ("c", "C", "x")] {
        let fields = CommunityFields {
            name: name.into(),
            country: country.into(),
            ..Default::default()
        };
        ws.add_community(id.into(), &fields, 0).unwrap();
    }
    let t = CompositionTable::build(&ws, "s");
    let order: Vec<(ColumnKind, String)> =
        t.columns.iter().map(|c| (c.kind, c.key.clone())).collect();
    use ColumnKind::*;
    assert_eq!(
        order,
        [
            (Cop, "a".into()),
            (Cop, "c".into()),
            (Country, "X".into()),
            (Cop, "b".into()),
            (Country, "Y".into()),
            (Overall, String::new())
        ]
    );
    assert_eq!(t.columns[1].country, "X");
}

#[test]
fn csv_of_table2() {
    let t = CompositionTable::build(&paper_table2_workspace(), PAPER_END);
    let csv = table_to_csv(&t, Lang::En);
    let lines: Vec<&str> = csv.split("\r\n").collect();
    assert_eq!(lines[0], "Profession (End 2015),Hidalgo,Morelos,Veracruz,México total,Chontales,Jinotega,Matagalpa,Nicaragua total,Total,%");
    assert_eq!(lines[1], "Physicians,13,17,5,35,9,15,1,25,60,42.9");
    assert_eq!(lines[3], "Other,3,2,7,12,2,5,2,9,21,15.0");
    assert_eq!(lines[4], "Total,27,31,17,75,20,32,13,65,140,100.0");
    assert_eq!(
        lines[5],
        "Physicians (%),48.2,54.8,29.4,46.7,45.0,46.9,7.7,38.5,42.9,"
    );
    assert_eq!(
        lines[8],
        "Total (%),100.0,100.0,100.0,100.0,100.0,100.0,100.0,100.0,100.0,"
    );
    assert!(lines[9].starts_with("Diversity index (%),"));
    assert_eq!(lines[10], "");
    assert_eq!(lines.len(), 11);
    let es = table_to_csv(
        &CompositionTable::build(&paper_table2_workspace_in(Lang::Es), PAPER_BASELINE),
        Lang::Es,
    );
    assert!(es.starts_with("Profesión (Línea de base 2013),Hidalgo,Morelos,Veracruz,Total México,"));
    assert!(es.contains("\r\nMédicos,13,21,5,39,16,14,1,31,70,35.0\r\n"));
}

#[test]
fn csv_quotes_and_guards_user_text() {
    let mut ws = Workspace::default();
    let fields = CommunityFields {
        name: "=cmd|' /C calc'!A0".into(),
        country: "Nica, \"Norte\"".into(),
        ..Default::default()
    };
    ws.add_community("x".into(), &fields, 0).unwrap();
    ws.professions.push(Profession {
        id: "prof-x".into(),
        name: "@risk, \"quoted\"".into(),
    });
    ws.snapshots.push(SnapshotDef {
        id: "s".into(),
        label: "-1".into(),
        date: String::new(),
    });
    ws.community_mut("x")
        .unwrap()
        .composition
        .set_count("s", "prof-x", 3);
    let csv = table_to_csv(&CompositionTable::build(&ws, "s"), Lang::En);
    let header = csv.lines().next().unwrap();
    assert_eq!(
        header,
        "Profession (-1),'=cmd|' /C calc'!A0,\"Nica, \"\"Norte\"\" total\",Total,%"
    );
    assert!(csv.contains("\r\n\"'@risk, \"\"quoted\"\"\",3,3,3,100.0\r\n"));
    assert!(csv.contains("\r\n\"'@risk, \"\"quoted\"\" (%)\",100.0,100.0,100.0,\r\n"));
    assert!(csv.contains("\r\nPhysicians (%),0.0,0.0,0.0,\r\n"));
}

#[test]
fn bad_counts_are_refused_with_messages() {
    for input in ["-1", "2.5", "2,5", "abc", "1e3", "100001"] {
        let err = parse_count(input).unwrap_err();
        for lang in [Lang::En, Lang::Es] {
            assert!(
                err.message(lang).len() > 30,
                "{input}: {}",
                err.message(lang)
            );
        }
    }
    assert_eq!(parse_count("1e3"), Err(CountError::NotANumber));
    assert_eq!(
        parse_count("100001"),
        Err(CountError::TooLarge { max: 100_000 })
    );
    assert_eq!(parse_count(""), Ok(0));
}
