//! Properties of the exchange format, over generated data:
//! - export → import gives back exactly the workspace (and each CoP on its own);
//! - merging a workspace with itself, or into an empty one, changes nothing / adds everything;
//! - the importer never panics: on arbitrary bytes, arbitrary JSON, and good files with one
//!   node replaced by arbitrary JSON; and every refusal has a message in both languages.
//!
//! Cases: proptest reads `PROPTEST_CASES` (default 256, which keeps `cargo test` fast). The
//! long run:
//!     PROPTEST_CASES=100000 cargo test -p practica-core --release --test exchange_props

use std::collections::BTreeMap;

use practica_core::composition::{CopComposition, Profession, SnapshotDef, StaffSplit, COUNT_MAX};
use practica_core::exchange::{
    apply_merge, export_community, export_workspace, parse_import, plan_merge, ImportError, Kind,
};
use practica_core::scoring::{
    Assessment, BandCuts, CriterionId, Rater, Rating, WIZARD_REVIEW_STEP,
};
use practica_core::summary::{
    Budgets, Finding, Message, Recommendation, Section, SectionKind, Summary,
};
use practica_core::text::Lang;
use practica_core::{Community, CommunityFields, Workspace, SCHEMA_VERSION};
use proptest::prelude::*;
use proptest::sample::{subsequence, Index};
use serde_json::Value;

/// Any text up to `max` characters: every Unicode scalar, including quotes, backslashes,
/// control characters and non-BMP characters, which JSON must escape or carry.
fn text(max: usize) -> impl Strategy<Value = String> {
    prop_oneof![
        3 => "[ a-zA-Záéíóúñ¿¡«»–\"\\\\/<>&\n]{0,20}",
        1 => prop::collection::vec(any::<char>(), 0..=max.min(30)).prop_map(String::from_iter),
    ]
    .prop_map(move |s| s.chars().take(max).collect())
}

/// Text the forms require to be non-blank.
fn required(max: usize) -> impl Strategy<Value = String> {
    text(max - 1).prop_map(move |s| format!("N{s}").chars().take(max).collect())
}

fn rating() -> impl Strategy<Value = Rating> {
    prop::sample::select(Rating::ALL.to_vec())
}

fn ratings() -> impl Strategy<Value = BTreeMap<CriterionId, Rating>> {
    prop::collection::btree_map(prop::sample::select(CriterionId::ALL.to_vec()), rating(), 0..=5)
}

fn date() -> impl Strategy<Value = String> {
    prop::sample::select(vec!["", "2013-06-01", "2015-05-31", "2016-02-29"]).prop_map(String::from)
}

fn assessment(id: String) -> impl Strategy<Value = Assessment> {
    let raters = prop::collection::vec((required(80), ratings()), 0..3).prop_map(|rs| {
        rs.into_iter()
            .enumerate()
            .map(|(i, (name, ratings))| Rater { id: format!("r{i}"), name, ratings })
            .collect::<Vec<_>>()
    });
    let notes = prop::collection::btree_map(
        prop::sample::select(CriterionId::ALL.to_vec()),
        text(2000),
        0..3,
    );
    (date(), text(40), raters, ratings(), notes, 0..=WIZARD_REVIEW_STEP, any::<i64>(), any::<i64>())
        .prop_map(move |(date, period, raters, consensus, notes, wizard_step, created, updated)| {
            Assessment {
                id: id.clone(),
                date,
                period,
                raters,
                consensus,
                notes,
                wizard_step,
                created,
                updated,
            }
        })
}

/// Counts and roles under the workspace's own snapshots and professions.
fn composition(snaps: Vec<String>, profs: Vec<String>) -> impl Strategy<Value = CopComposition> {
    let n_snaps = snaps.len();
    let cell = (0..=COUNT_MAX, prop::option::of(0..=COUNT_MAX));
    let counts = prop::collection::vec(
        (subsequence(profs.clone(), 0..=profs.len()), prop::collection::vec(cell, 12)),
        n_snaps,
    );
    (counts, text(80), text(80)).prop_map(move |(rows, champion, facilitator)| {
        let mut c = CopComposition { champion, facilitator, ..Default::default() };
        for (snap, (profs, cells)) in snaps.iter().zip(rows) {
            for (prof, (n, split)) in profs.iter().zip(&cells) {
                c.counts.entry(snap.clone()).or_default().insert(prof.clone(), *n);
                if let Some(s) = split {
                    c.roles
                        .insert(snap.clone(), StaffSplit { strategic: Some(*s), tactical: None });
                }
            }
        }
        c
    })
}

fn summary() -> impl Strategy<Value = Summary> {
    let kinds: Vec<SectionKind> = SectionKind::EXECUTIVE
        .into_iter()
        .chain(SectionKind::REPORT)
        .chain([SectionKind::Custom])
        .collect();
    let section = (prop::sample::select(kinds), text(40), text(300));
    (
        (text(60), text(60), date(), text(60)),
        prop::collection::vec(text(200), 0..4),
        prop::collection::vec(section, 0..4),
        prop::collection::vec(text(200), 0..4),
        prop::collection::vec((text(200), prop::collection::vec(any::<Index>(), 0..3)), 0..4),
    )
        .prop_map(|((title, authors, date, audience), msgs, sections, recs, finds)| {
            let recommendations: Vec<Recommendation> = recs
                .into_iter()
                .enumerate()
                .map(|(i, text)| Recommendation { id: format!("rec{i}"), text })
                .collect();
            let findings = finds
                .into_iter()
                .enumerate()
                .map(|(i, (text, links))| Finding {
                    id: format!("f{i}"),
                    text,
                    recommendation_ids: if recommendations.is_empty() {
                        Vec::new()
                    } else {
                        links.iter().map(|l| l.get(&recommendations).id.clone()).collect()
                    },
                })
                .collect();
            let sections: Vec<Section> = sections
                .into_iter()
                .enumerate()
                .map(|(i, (kind, heading, body))| Section {
                    id: format!("s{i}"),
                    kind,
                    heading,
                    body,
                })
                .collect();
            let half = sections.len() / 2;
            Summary {
                protocol_title: title,
                authors,
                date,
                audience,
                main_messages: msgs
                    .into_iter()
                    .enumerate()
                    .map(|(i, text)| Message { id: format!("m{i}"), text })
                    .collect(),
                executive: sections[..half].to_vec(),
                report: sections[half..].to_vec(),
                findings,
                recommendations,
            }
        })
}

fn community(i: usize, snaps: Vec<String>, profs: Vec<String>) -> impl Strategy<Value = Community> {
    let assessments = (0..3usize)
        .prop_flat_map(|n| (0..n).map(|j| assessment(format!("a{j}"))).collect::<Vec<_>>());
    (
        (required(70), required(80), text(80), text(4000), any::<i64>(), any::<i64>()),
        assessments,
        composition(snaps, profs),
        summary(),
    )
        .prop_map(
            move |(
                (name, country, region, notes, created, updated),
                assessments,
                composition,
                summary,
            )| {
                // Names are unique in a workspace; the index keeps them so.
                let fields =
                    CommunityFields { name: format!("{i} {name}"), country, region, notes };
                let mut c = Community::new(format!("cop-{i}"), fields, created);
                c.updated = updated;
                c.assessments = assessments;
                c.composition = composition;
                c.summary = summary;
                c
            },
        )
}

fn workspace() -> impl Strategy<Value = Workspace> {
    let custom_profs = prop::collection::vec(text(40), 0..3);
    let snaps = prop::collection::vec(
        (text(60), prop::sample::select(vec!["", "2013", "2014-06", "2015-05-31"])),
        0..4,
    );
    let bands = prop::sample::select(vec![
        BandCuts::PAPER,
        BandCuts::new((5, 9), (10, 19), (20, 25)).unwrap_or(BandCuts::PAPER),
    ]);
    let budgets = (100u32..=1500, 1u32..5, 1u32..10, 1u32..50).prop_map(|(w, m, e, r)| Budgets {
        words_per_page: w,
        messages_pages: m,
        executive_pages: e,
        report_pages: r,
    });
    (text(80), custom_profs, snaps, bands, budgets, 0..4usize)
        .prop_flat_map(|(name, custom, snaps, bands, budgets, n)| {
            let mut ws = Workspace { name, bands, budgets, ..Workspace::default() };
            for (i, pname) in custom.into_iter().enumerate() {
                ws.professions.push(Profession { id: format!("prof-{i}"), name: pname });
            }
            ws.snapshots = snaps
                .into_iter()
                .enumerate()
                .map(|(i, (label, date))| SnapshotDef {
                    id: format!("snap-{i}"),
                    label,
                    date: date.into(),
                })
                .collect();
            let snap_ids: Vec<String> = ws.snapshots.iter().map(|s| s.id.clone()).collect();
            let prof_ids: Vec<String> = ws.professions.iter().map(|p| p.id.clone()).collect();
            let cops: Vec<_> =
                (0..n).map(|i| community(i, snap_ids.clone(), prof_ids.clone())).collect();
            (Just(ws), cops)
        })
        .prop_map(|(mut ws, cops)| {
            ws.communities = cops;
            ws
        })
}

/// Arbitrary JSON, with keys biased towards the model's field names so generated values reach
/// deep into typed parsing instead of stopping at the first unknown shape.
fn json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        (0u64..8).prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter_map("finite", |f| serde_json::Number::from_f64(f).map(Value::Number)),
        prop::sample::select(vec![
            "practica",
            "workspace",
            "community",
            "integration",
            "",
            "2015-05-31"
        ])
        .prop_map(Value::from),
        any::<String>().prop_map(Value::String),
    ];
    let key = prop_oneof![
        prop::sample::select(vec![
            "format",
            "kind",
            "schema_version",
            "workspace",
            "communities",
            "id",
            "name",
            "country",
            "created",
            "updated",
            "assessments",
            "consensus",
            "integration",
            "raters",
            "ratings",
            "notes",
            "composition",
            "counts",
            "roles",
            "summary",
            "findings",
            "recommendations",
            "recommendation_ids",
            "bands",
            "sub_optimal",
            "professions",
            "snapshots",
            "budgets",
            "wizard_step",
        ])
        .prop_map(String::from),
        "[a-z_]{1,6}",
    ];
    leaf.prop_recursive(6, 96, 8, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            prop::collection::btree_map(key.clone(), inner, 0..8)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Whatever the outcome, it can be told to a person in both languages.
fn explained(result: &Result<practica_core::exchange::Incoming, ImportError>) {
    if let Err(e) = result {
        for lang in [Lang::En, Lang::Es] {
            assert!(!e.message(lang).is_empty());
            for p in e.problems() {
                assert!(!p.issue.message(lang).is_empty());
            }
        }
    }
}

/// Every JSON pointer in `v`.
fn pointers(v: &Value, at: String, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => m.iter().for_each(|(k, x)| {
            let k = k.replace('~', "~0").replace('/', "~1");
            pointers(x, format!("{at}/{k}"), out)
        }),
        Value::Array(a) => {
            a.iter().enumerate().for_each(|(i, x)| pointers(x, format!("{at}/{i}"), out))
        }
        _ => {}
    }
    out.push(at);
}

proptest! {
    #[test]
    fn export_then_import_is_the_identity(ws in workspace()) {
        let text = export_workspace(&ws, "9.9.9", "2025-06-01T10:00:00Z");
        let inc = parse_import(text.as_bytes());
        prop_assert!(inc.is_ok(), "{:?}", inc.err());
        let inc = inc.unwrap_or_else(|_| unreachable!());
        prop_assert_eq!(inc.kind, Kind::Workspace);
        prop_assert_eq!(inc.schema_version_found, SCHEMA_VERSION);
        prop_assert_eq!(inc.migrated_from, None);
        prop_assert_eq!(&inc.app_version, "9.9.9");
        prop_assert_eq!(&inc.workspace, &ws);
        // Stable output: exporting the imported workspace gives the same bytes.
        prop_assert_eq!(export_workspace(&inc.workspace, "9.9.9", "2025-06-01T10:00:00Z"), text);
        for cop in &ws.communities {
            let one = export_community(&ws, &cop.id, "9.9.9", "t").map_err(|e| e.to_string());
            let back = parse_import(one.unwrap_or_default().as_bytes()).map_err(|e| e.to_string());
            prop_assert!(back.is_ok(), "{:?}", back);
            let back = back.unwrap_or_else(|_| unreachable!());
            prop_assert_eq!(back.kind, Kind::Community);
            prop_assert_eq!(&back.workspace.communities, &vec![cop.clone()]);
            prop_assert_eq!(&back.workspace.snapshots, &ws.snapshots);
        }
    }

    #[test]
    fn merging_with_itself_or_into_empty(ws in workspace()) {
        let plan = plan_merge(&ws, &ws);
        prop_assert!(plan.added.is_empty() && plan.conflicts.is_empty());
        prop_assert_eq!(plan.unchanged.len(), ws.communities.len());
        let mut no_id = || String::from("unused");
        let same = apply_merge(&ws, &ws, &BTreeMap::new(), &mut no_id).map_err(|e| e.to_string());
        prop_assert_eq!(same.map(|o| o.workspace), Ok(ws.clone()));
        let empty = Workspace { snapshots: Vec::new(), ..Workspace::default() };
        let into = apply_merge(&empty, &ws, &BTreeMap::new(), &mut no_id).map_err(|e| e.to_string());
        prop_assert!(into.is_ok());
        let into = into.unwrap_or_else(|_| unreachable!()).workspace;
        prop_assert_eq!(&into.communities, &ws.communities);
        prop_assert_eq!(&into.professions, &ws.professions);
    }

    #[test]
    fn never_panics_on_bytes(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        explained(&parse_import(&bytes));
    }

    #[test]
    fn never_panics_on_json(v in json()) {
        explained(&parse_import(v.to_string().as_bytes()));
        let env = serde_json::json!({"format": "practica", "kind": "workspace",
            "schema_version": SCHEMA_VERSION, "workspace": v});
        explained(&parse_import(env.to_string().as_bytes()));
        let bare = serde_json::json!({"schema_version": 1, "communities": env["workspace"]});
        explained(&parse_import(bare.to_string().as_bytes()));
    }

    #[test]
    fn never_panics_on_a_good_file_with_one_node_replaced(
        ws in workspace(), at in any::<Index>(), v in json()
    ) {
        let mut file: Value = serde_json::from_str(&export_workspace(&ws, "1", "t"))
            .unwrap_or(Value::Null);
        let mut all = Vec::new();
        pointers(&file, String::new(), &mut all);
        let target = at.get(&all).clone();
        if let Some(node) = file.pointer_mut(&target) {
            *node = v;
        }
        explained(&parse_import(file.to_string().as_bytes()));
    }
}
