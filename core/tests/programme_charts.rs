//! Chart geometry on the example workspace, checked by hand against the default frame:
//! viewBox 640 × 320, plot from (40, 16), 592 wide and 256 high (bottom at 272).

use practica_core::composition::{PAPER_BASELINE, PAPER_END};
use practica_core::programme::charts::*;
use practica_core::programme::example_workspace;
use practica_core::scoring::{Band, CriterionId, Rating};
use practica_core::text::Lang;
use practica_core::{CommunityFields, Workspace};

const EPS: f64 = 1e-9;

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < EPS
}

fn ids(ws: &Workspace) -> Vec<String> {
    ws.communities.iter().map(|c| c.id.clone()).collect()
}

#[test]
fn frame_and_plot() {
    let p = Frame::default().plot();
    assert_eq!((p.x, p.y, p.width, p.height), (40.0, 16.0, 592.0, 256.0));
    assert_eq!((p.right(), p.bottom()), (632.0, 272.0));
}

#[test]
fn performance_chart_from_zero() {
    let ws = example_workspace(Lang::En);
    let c = performance_chart(&ws, &ids(&ws), &Frame::default(), TotalAxis::FromZero);
    assert_eq!((c.axis_min, c.axis_max), (0, 25));
    let labels: Vec<&str> = c.ticks.iter().map(|t| t.label.as_str()).collect();
    assert_eq!(labels, ["0", "5", "10", "15", "20", "25"]);
    for (t, y) in c.ticks.iter().zip([272.0, 220.8, 169.6, 118.4, 67.2, 16.0]) {
        assert!(close(t.y, y), "{} at {}", t.label, t.y);
    }
    assert!(c.ticks.iter().all(|t| t.label_at.x == 40.0 - LABEL_GAP && t.label_at.y == t.y));
    // One bar per CoP: slots of 592 / 6, bars 60% of a slot, centred.
    let slot = 592.0 / 6.0;
    let totals: Vec<Option<u8>> = c.bars.iter().map(|b| b.total).collect();
    assert_eq!(totals, [Some(25), Some(25), Some(11), Some(15), Some(5), Some(11)]);
    for (i, b) in c.bars.iter().enumerate() {
        let centre = 40.0 + slot * (i as f64 + 0.5);
        assert!(close(b.rect.x + b.rect.width / 2.0, centre));
        assert!(close(b.rect.width, slot * 0.6));
        let t = f64::from(b.total.unwrap());
        assert!(close(b.rect.height, t / 25.0 * 256.0), "{}", b.name);
        assert!(close(b.rect.y + b.rect.height, 272.0));
        assert!(close(b.label_at.x, centre) && close(b.label_at.y, 272.0 + 24.0));
        assert!(close(b.value_label_at.y, b.rect.y - LABEL_GAP));
    }
    let bands: Vec<Option<Band>> = c.bars.iter().map(|b| b.band).collect();
    use Band::*;
    assert_eq!(
        bands,
        [
            Some(Optimal),
            Some(Optimal),
            Some(SubOptimal),
            Some(NeedsStrengthening),
            Some(SubOptimal),
            Some(SubOptimal)
        ]
    );
    // Zones meet halfway between bands and tile the axis.
    let zones: Vec<(Band, f64, f64)> = c.zones.iter().map(|z| (z.band, z.from, z.to)).collect();
    assert_eq!(
        zones,
        [(SubOptimal, 0.0, 12.5), (NeedsStrengthening, 12.5, 20.5), (Optimal, 20.5, 25.0)]
    );
    assert!(close(c.zones[0].rect.bottom(), 272.0) && close(c.zones[2].rect.y, 16.0));
    for w in c.zones.windows(2) {
        assert!(close(w[1].rect.bottom(), w[0].rect.y));
    }
    let lines: Vec<(f64, f64)> = c.boundaries.iter().map(|b| (b.value, b.y)).collect();
    assert!(close(lines[0].0, 12.5) && close(lines[0].1, 144.0));
    assert!(close(lines[1].0, 20.5) && close(lines[1].1, 272.0 - 20.5 / 25.0 * 256.0));
}

#[test]
fn performance_chart_from_five_and_custom_bands() {
    let mut ws = example_workspace(Lang::En);
    ws.bands = practica_core::scoring::BandCuts::new((5, 15), (16, 21), (22, 25)).unwrap();
    let c = performance_chart(&ws, &ids(&ws), &Frame::default(), TotalAxis::FromFive);
    assert_eq!(
        c.ticks.iter().map(|t| t.label.as_str()).collect::<Vec<_>>(),
        ["5", "10", "15", "20", "25"]
    );
    let jinotega = &c.bars[4];
    assert_eq!((jinotega.total, jinotega.rect.height), (Some(5), 0.0));
    let chontales = &c.bars[3];
    assert!(close(chontales.rect.y, 144.0));
    assert_eq!(chontales.band, Some(Band::SubOptimal));
    assert!(close(c.boundaries[0].value, 15.5) && close(c.boundaries[1].value, 21.5));
    assert_eq!((c.zones[0].from, c.zones[2].to), (5.0, 25.0));
}

#[test]
fn performance_alt_text_lists_every_value() {
    let mut ws = example_workspace(Lang::En);
    let fields =
        CommunityFields { name: "Nueva".into(), country: "Nicaragua".into(), ..Default::default() };
    ws.add_community("new".into(), &fields, 0).unwrap();
    // Order as given; unknown and repeated ids are skipped.
    let order: Vec<String> =
        ["example-jinotega", "nope", "new", "example-hidalgo", "example-jinotega"]
            .map(String::from)
            .to_vec();
    let c = performance_chart(&ws, &order, &Frame::default(), TotalAxis::FromZero);
    assert_eq!(c.bars.len(), 3);
    assert_eq!(c.bars[1].rect.height, 0.0);
    assert_eq!(
        c.alt_text(Lang::En),
        "Total score of each CoP (5 to 25). Bands: sub-optimal 5–12, needs strengthening 13–20, \
         optimal 21–25. Jinotega: 5, sub-optimal. Nueva: not rated yet. Hidalgo: 25, optimal."
    );
    assert_eq!(
        c.alt_text(Lang::Es),
        "Puntaje total de cada CdP (5 a 25). Bandas: subóptimo 5–12, requiere fortalecimiento \
         13–20, óptimo 21–25. Jinotega: 5, subóptimo. Nueva: sin calificar todavía. Hidalgo: 25, \
         óptimo."
    );
    let empty = performance_chart(&ws, &[], &Frame::default(), TotalAxis::FromZero);
    assert!(empty.bars.is_empty() && empty.alt_text(Lang::En).ends_with("No CoPs to show."));
}

#[test]
fn profile_chart_geometry() {
    let ws = example_workspace(Lang::En);
    let c = profile_chart(&ws, &ids(&ws), &Frame::default());
    assert_eq!(c.ticks.iter().map(|t| t.value).collect::<Vec<_>>(), [1.0, 3.0, 5.0]);
    assert!(close(c.ticks[2].y, 16.0) && close(c.ticks[0].y, 272.0 - 256.0 / 5.0));
    assert_eq!(c.groups.len(), 6);
    let chontales = &c.groups[3];
    assert_eq!(chontales.name, "Chontales");
    let values: Vec<u8> =
        chontales.bars.iter().map(|b| b.rating.map_or(0, Rating::value)).collect();
    assert_eq!(values, [5, 3, 3, 3, 1]);
    let crit: Vec<CriterionId> = chontales.bars.iter().map(|b| b.criterion).collect();
    assert_eq!(crit, CriterionId::ALL);
    for g in &c.groups {
        for (k, b) in g.bars.iter().enumerate() {
            let v = f64::from(b.rating.unwrap().value());
            assert!(close(b.rect.height, v / 5.0 * 256.0));
            assert!(close(b.rect.bottom(), 272.0));
            // Inside the group's slot, left to right, no overlap.
            assert!(b.rect.x >= g.x - EPS && b.rect.right() <= g.x + g.width + EPS);
            if k > 0 {
                assert!(b.rect.x >= g.bars[k - 1].rect.right() - EPS);
            }
        }
    }
    let alt = c.alt_text(Lang::En);
    assert!(
        alt.contains(
            "Chontales: 1. Integration of the CoP 5; 2. Ownership of the methodology 3; \
         3. Timely delivery of products 3; 4. Feedback to decision-makers 3; \
         5. Influence on program changes 1."
        ),
        "{alt}"
    );
    assert!(c.alt_text(Lang::Es).contains("3. Entrega oportuna de productos 3"));
}

#[test]
fn composition_chart_geometry() {
    let ws = example_workspace(Lang::En);
    let c = composition_chart(
        &ws,
        &ids(&ws),
        &[PAPER_BASELINE, PAPER_END, "missing"],
        &Frame::default(),
    );
    // Largest stack is Jinotega's 54 at baseline: steps of 20 up to 60.
    assert_eq!(c.axis_max, 60);
    assert_eq!(
        c.ticks.iter().map(|t| t.label.as_str()).collect::<Vec<_>>(),
        ["0", "20", "40", "60"]
    );
    assert_eq!(c.snapshots.len(), 2);
    let hidalgo = &c.groups[0];
    assert_eq!(hidalgo.stacks.len(), 2);
    let base = &hidalgo.stacks[0];
    assert_eq!((base.total, base.snapshot_label.as_str()), (28, "Baseline 2013"));
    assert!(close(base.rect.height, 28.0 / 60.0 * 256.0));
    let counts: Vec<u32> = base.segments.iter().map(|s| s.count).collect();
    assert_eq!(counts, [13, 11, 4]);
    for g in &c.groups {
        for s in &g.stacks {
            // Segments stack from the axis up, touching, and fill the stack exactly.
            let mut bottom = 272.0;
            for seg in &s.segments {
                assert!(close(seg.rect.bottom(), bottom));
                assert!(close(seg.rect.height, f64::from(seg.count) / 60.0 * 256.0));
                bottom = seg.rect.y;
            }
            assert!(close(bottom, s.rect.y));
            assert!(s.rect.x >= g.x && s.rect.right() <= g.x + g.width);
        }
        assert!(g.stacks[0].rect.right() <= g.stacks[1].rect.x);
    }
    assert!(c.alt_text(Lang::En).contains(
        "Hidalgo: Baseline 2013 28 (physicians 13, nurses 11, other 4); End 2015 27 (physicians 13, nurses 11, other 3)."
    ));
    assert!(c
        .alt_text(Lang::Es)
        .contains("Matagalpa: Baseline 2013 23 (médicos 1, enfermeras 12, otros 10)"));
}

#[test]
fn degenerate_inputs_stay_finite() {
    let ws = example_workspace(Lang::Es);
    let tiny = Frame {
        width: 0.0,
        height: f64::INFINITY,
        top: -1.0,
        right: f64::NAN,
        bottom: 1e9,
        left: 5.0,
    };
    let all = ids(&ws);
    let p = performance_chart(&ws, &all, &tiny, TotalAxis::FromFive);
    let q = profile_chart(&ws, &all, &tiny);
    let r = composition_chart(&ws, &all, &[PAPER_END], &tiny);
    let finite = |x: &Rect| [x.x, x.y, x.width, x.height].iter().all(|v| v.is_finite());
    assert!(p.bars.iter().all(|b| finite(&b.rect)));
    assert!(q.groups.iter().flat_map(|g| &g.bars).all(|b| finite(&b.rect)));
    assert!(r.groups.iter().flat_map(|g| &g.stacks).all(|s| finite(&s.rect)));
    let empty = composition_chart(&Workspace::default(), &[], &[], &Frame::default());
    assert_eq!(empty.axis_max, 1);
    assert!(empty.alt_text(Lang::En).contains("Nothing to show"));
}
