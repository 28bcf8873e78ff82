//! Core speed on a 1,000-CoP workspace (each CoP: an assessment by two raters, two composition
//! snapshots, a filled summary): import, scoring, composition tables, export.
//!
//!     cargo bench -p practica-core --bench core

use std::time::Duration;

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use practica_core::composition::CompositionTable;
use practica_core::exchange::{export_workspace, parse_import};

#[allow(dead_code)]
#[path = "../examples/gen_workspace.rs"]
mod gen_workspace;

fn core(c: &mut Criterion) {
    let ws = gen_workspace::workspace(1000, false);
    let file = export_workspace(&ws, "bench", "2015-05-20T00:00:00Z");
    let mut g = c.benchmark_group("1000_cops");
    g.sample_size(10).warm_up_time(Duration::from_millis(500)).measurement_time(Duration::from_secs(2));
    g.bench_function("parse_import (validate + import)", |b| {
        b.iter(|| parse_import(black_box(file.as_bytes())).expect("valid file"))
    });
    g.bench_function("totals and bands (scoring)", |b| {
        b.iter(|| {
            let mut n = 0u32;
            for cop in &black_box(&ws).communities {
                for a in &cop.assessments {
                    if let (Some(t), Some(_band)) = (a.total(), a.band(&ws.bands)) {
                        n += u32::from(t);
                    }
                }
            }
            n
        })
    });
    g.bench_function("composition tables (each snapshot)", |b| {
        b.iter(|| {
            ws.snapshots
                .iter()
                .map(|s| CompositionTable::build(black_box(&ws), &s.id))
                .collect::<Vec<_>>()
        })
    });
    g.bench_function("export_workspace", |b| {
        b.iter(|| export_workspace(black_box(&ws), "bench", "2015-05-20T00:00:00Z"))
    });
    g.finish();
}

criterion_group!(benches, core);
criterion_main!(benches);
