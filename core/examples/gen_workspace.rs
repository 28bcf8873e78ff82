//! Writes a Práctica export file with N Communities of Practice, for the benchmarks
//! (`bench/run.sh`, `core/benches/core.rs`). Each CoP has one assessment by two raters with a
//! consensus, counts at two composition snapshots (baseline and end) and a filled summary.
//!
//!     cargo run -p practica-core --example gen_workspace -- 1000 /tmp/ws-1000.json [--full]
//!
//! `--full` also fills two report sections per CoP (about 6.3 MB for 1,000 CoPs: over the import
//! limit).
//!
//! Deterministic: the same N gives the same file.

use practica_core::exchange::export_workspace;
use practica_core::scoring::{Assessment, CriterionId, Rating};
use practica_core::summary::{Finding, Message, Recommendation, Summary};
use practica_core::text::Lang;
use practica_core::{CommunityFields, Workspace};

/// 2015-05-20T00:00:00Z: a fixed clock keeps the file identical on every run.
const NOW: i64 = 1_432_080_000_000;
const COUNTRIES: [(&str, &str); 4] = [
    ("México", "Hidalgo"),
    ("México", "Morelos"),
    ("Nicaragua", "Matagalpa"),
    ("Nicaragua", "Chontales"),
];

/// The workspace itself, also used by the Criterion benchmark.
pub fn workspace(n: usize, full: bool) -> Workspace {
    let mut ws = Workspace { name: format!("Benchmark workspace ({n} CoPs)"), ..Workspace::default() };
    let snaps = ws.add_snapshots(&["Baseline 2013", "End 2015"]).expect("two snapshots");
    let professions: Vec<String> = ws.professions.iter().map(|p| p.id.clone()).collect();
    for i in 0..n {
        let (country, region) = COUNTRIES[i % COUNTRIES.len()];
        let fields = CommunityFields {
            name: format!("CoP {:05} {region}", i + 1),
            country: country.into(),
            region: format!("{region}, unit {}", i % 37 + 1),
            notes: format!("Generated for the benchmark. CoP number {} of {n}.", i + 1),
        };
        let id = practica_core::community::new_id(NOW + i as i64, 0x9e37_79b9u32.wrapping_mul(i as u32 + 1));
        let id = ws.add_community(id, &fields, NOW).expect("valid CoP");
        let c = ws.community_mut(&id).expect("just added");
        // Composition: two snapshots, all professions, roles, champion and facilitator.
        for (s, snap) in snaps.iter().enumerate() {
            for (p, prof) in professions.iter().enumerate() {
                let n = 2 + ((i * 7 + p * 5 + s * 3) % 17) as u32;
                c.composition.set_count(snap, prof, n);
            }
        }
        c.composition.champion = format!("Dr. Champion {}", i + 1);
        c.composition.facilitator = format!("Facilitator {}", i + 1);
        // Scoring: one assessment, two raters, consensus on all five criteria, notes.
        let mut a = Assessment::new(format!("a-{}", i + 1), NOW);
        a.add_rater("r1", "Rater One", NOW).expect("rater");
        a.add_rater("r2", "Rater Two", NOW).expect("rater");
        let rating = |k: usize| [Rating::One, Rating::Three, Rating::Five][k % 3];
        for (k, crit) in CriterionId::ALL.into_iter().enumerate() {
            a.set_rater_rating("r1", crit, Some(rating(i + k)), NOW).expect("r1");
            a.set_rater_rating("r2", crit, Some(rating(i + k + 1)), NOW).expect("r2");
            a.set_consensus(crit, Some(rating(i + k)), NOW);
            a.set_note(crit, &format!("Diary, session {}.", k + 1), NOW)
                .expect("note");
        }
        a.set_date("2015-05-20", NOW).expect("date");
        a.set_period("2013–2015", NOW).expect("period");
        a.set_wizard_step(6, NOW);
        c.assessments.push(a);
        // Summary: every layer filled with short text.
        let mut s = Summary::new_template(Lang::En);
        s.protocol_title = format!("Improving antenatal care follow-up in {region} ({})", i + 1);
        s.authors = "The CoP members".into();
        s.date = "2015-05".into();
        s.audience = "State health secretariat".into();
        s.main_messages = (1..=3)
            .map(|m| Message { id: format!("m{m}"), text: format!("Main message {m}: fund the follow-up visits that worked in CoP {}.", i + 1) })
            .collect();
        // The executive sections filled; the report layer left out, to keep the 1,000-CoP file
        // under the 5 MiB import limit (`--full` keeps it: see bench/README.md).
        if !full {
            s.report.clear();
        }
        for sec in s.executive.iter_mut().chain(s.report.iter_mut()) {
            sec.body = "We followed up every pregnant woman.\n\n- Visits rose".into();
        }
        s.recommendations = (1..=2)
            .map(|r| Recommendation { id: format!("r{r}"), text: format!("Recommendation {r}: keep the monthly CoP meeting.") })
            .collect();
        s.findings = (1..=2)
            .map(|f| Finding { id: format!("f{f}"), text: format!("Finding {f}: more timely referrals."), recommendation_ids: vec![format!("r{f}")] })
            .collect();
        c.summary = s;
    }
    ws
}

#[allow(dead_code)]
fn main() {
    let full = std::env::args().any(|a| a == "--full");
    let mut args = std::env::args().skip(1).filter(|a| a != "--full");
    let n: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(10);
    let ws = workspace(n, full);
    let json = export_workspace(&ws, "bench", "2015-05-20T00:00:00Z");
    match args.next() {
        Some(path) => std::fs::write(&path, json).expect("write the file"),
        None => println!("{json}"),
    }
}
