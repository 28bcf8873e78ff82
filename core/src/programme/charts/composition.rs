//! Members per profession as stacked bars: for each CoP one bar per snapshot (normally the
//! baseline and the end), segments in the workspace's profession order, all on one count
//! scale so both the size of a CoP and its mix are comparable.

use super::frame::{nice_step, slot, tick, Frame, Point, Rect, Scale, Tick, LABEL_GAP};
use super::{pick, BAR_FILL};
use crate::composition::Profession;
use crate::text::Lang;
use crate::workspace::Workspace;

/// Most ticks on the count axis, so labels never crowd.
const MAX_TICKS: u64 = 5;

#[derive(Clone, Debug, PartialEq)]
pub struct Segment {
    pub profession_id: String,
    /// Position in the chart's `professions`, for the legend and a per-profession style class.
    pub index: usize,
    pub count: u32,
    pub rect: Rect,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Stack {
    pub snapshot_id: String,
    pub snapshot_label: String,
    pub total: u64,
    /// Bottom to top, in profession order; professions with nobody are left out.
    pub segments: Vec<Segment>,
    /// The whole stack.
    pub rect: Rect,
    /// Just above the stack, for its total.
    pub total_label_at: Point,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CompositionGroup {
    pub id: String,
    pub name: String,
    pub x: f64,
    pub width: f64,
    pub label_at: Point,
    pub stacks: Vec<Stack>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CompositionChart {
    pub plot: Rect,
    /// Top of the count axis (a whole number of tick steps).
    pub axis_max: u64,
    pub ticks: Vec<Tick>,
    /// Legend entries, in segment order (use `Profession::label`).
    pub professions: Vec<Profession>,
    /// The snapshots drawn, as (id, label), in bar order within each group.
    pub snapshots: Vec<(String, String)>,
    pub groups: Vec<CompositionGroup>,
}

/// Builds the chart for the CoPs `ids` and the snapshots `snapshot_ids` (e.g. the pair from
/// `composition::default_pair`), both in the order given; unknown ids are skipped.
pub fn composition_chart(
    ws: &Workspace,
    ids: &[String],
    snapshot_ids: &[&str],
    frame: &Frame,
) -> CompositionChart {
    let plot = frame.plot();
    let snapshots: Vec<(String, String)> = snapshot_ids
        .iter()
        .filter_map(|id| ws.snapshots.iter().find(|s| s.id == *id))
        .map(|s| {
            (s.id.clone(), if s.label.trim().is_empty() { s.id.clone() } else { s.label.clone() })
        })
        .collect();
    let professions = ws.professions.clone();
    let cops = pick(ws, ids);
    let total = |c: &crate::community::Community, snap: &str| {
        c.composition.total(snap, professions.iter().map(|p| p.id.as_str()))
    };
    let largest = cops
        .iter()
        .flat_map(|c| snapshots.iter().map(move |(s, _)| (c, s)))
        .map(|(c, s)| total(c, s))
        .max()
        .unwrap_or(0);
    let (step, axis_max) = nice_step(largest, MAX_TICKS);
    // Counts fit in f64 exactly far beyond any real CoP (2^53), so the casts are safe.
    let scale = Scale { min: 0.0, max: axis_max as f64, plot };
    let ticks = (0..=axis_max / step.max(1))
        .map(|k| {
            let v = k.saturating_mul(step);
            tick(&scale, v as f64, v.to_string())
        })
        .collect();
    let n = cops.len();
    let groups = cops
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let (gx, gw) = slot(&plot, i, n);
            let inner = Rect { x: gx + gw * (1.0 - BAR_FILL) / 2.0, width: gw * BAR_FILL, ..plot };
            let stacks = snapshots
                .iter()
                .enumerate()
                .map(|(k, (sid, label))| {
                    let (bx, bw) = slot(&inner, k, snapshots.len());
                    // A thin gap between the bars of one CoP.
                    let (bx, bw) = (bx + bw * 0.05, bw * 0.9);
                    let mut below: u64 = 0;
                    let segments = professions
                        .iter()
                        .enumerate()
                        .filter_map(|(index, p)| {
                            let count = c.composition.count(sid, &p.id);
                            if count == 0 {
                                return None;
                            }
                            let top = below.saturating_add(u64::from(count));
                            let (y_top, y_bottom) = (scale.y(top as f64), scale.y(below as f64));
                            below = top;
                            Some(Segment {
                                profession_id: p.id.clone(),
                                index,
                                count,
                                rect: Rect { x: bx, y: y_top, width: bw, height: y_bottom - y_top },
                            })
                        })
                        .collect();
                    let t = total(c, sid);
                    let y = scale.y(t as f64);
                    Stack {
                        snapshot_id: sid.clone(),
                        snapshot_label: label.clone(),
                        total: t,
                        segments,
                        rect: Rect { x: bx, y, width: bw, height: scale.height(t as f64) },
                        total_label_at: Point { x: bx + bw / 2.0, y: y - LABEL_GAP },
                    }
                })
                .collect();
            CompositionGroup {
                id: c.id.clone(),
                name: c.name.clone(),
                x: gx,
                width: gw,
                label_at: Point {
                    x: gx + gw / 2.0,
                    y: plot.bottom() + frame.bottom.max(0.0) / 2.0,
                },
                stacks,
            }
        })
        .collect();
    CompositionChart { plot, axis_max, ticks, professions, snapshots, groups }
}

impl CompositionChart {
    /// Every value as text: per CoP and snapshot, the total and each profession's count.
    pub fn alt_text(&self, lang: Lang) -> String {
        let labels: Vec<String> = self.snapshots.iter().map(|(_, l)| l.clone()).collect();
        let mut out = match lang {
            Lang::En => format!("Members of each CoP by profession: {}.", labels.join(", ")),
            Lang::Es => format!("Integrantes de cada CdP por profesión: {}.", labels.join(", ")),
        };
        if self.groups.is_empty() || self.snapshots.is_empty() {
            out.push_str(match lang {
                Lang::En => " Nothing to show.",
                Lang::Es => " No hay datos que mostrar.",
            });
        }
        for g in &self.groups {
            let parts: Vec<String> = g
                .stacks
                .iter()
                .map(|s| {
                    let detail: Vec<String> = self
                        .professions
                        .iter()
                        .map(|p| {
                            let n = s
                                .segments
                                .iter()
                                .find(|x| x.profession_id == p.id)
                                .map_or(0, |x| x.count);
                            format!("{} {n}", p.label(lang).to_lowercase())
                        })
                        .collect();
                    format!("{} {} ({})", s.snapshot_label, s.total, detail.join(", "))
                })
                .collect();
            out.push_str(&format!(" {}: {}.", g.name, parts.join("; ")));
        }
        out
    }
}
