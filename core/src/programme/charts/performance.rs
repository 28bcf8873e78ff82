//! The paper's Fig. 4: one bar per CoP with its latest total (5–25), over the three bands.

use super::frame::{slot, tick, Frame, Point, Rect, Scale, Tick, LABEL_GAP};
use super::{pick, BAR_FILL};
use crate::scoring::{latest_complete, Band, TOTAL_MAX, TOTAL_MIN};
use crate::text::Lang;
use crate::workspace::Workspace;

/// Where the value axis starts. From zero, bar lengths are proportional to totals (a total of
/// 5 still shows a bar); from five, the differences between CoPs look larger but the lowest
/// possible total has no bar at all (its value label still shows).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum TotalAxis {
    #[default]
    FromZero,
    FromFive,
}

impl TotalAxis {
    fn min(self) -> u8 {
        match self {
            TotalAxis::FromZero => 0,
            TotalAxis::FromFive => TOTAL_MIN,
        }
    }
}

/// A band's background area. Zones meet halfway between the last total of one band and the
/// first of the next (12.5 and 20.5 with the paper's bands), so no bar top sits on a border.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BandZone {
    pub band: Band,
    pub from: f64,
    pub to: f64,
    pub rect: Rect,
}

/// The line between two neighbouring bands.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Boundary {
    pub lower: Band,
    pub upper: Band,
    pub value: f64,
    pub y: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TotalBar {
    pub id: String,
    pub name: String,
    pub country: String,
    /// `None` when the CoP has no complete assessment: no bar, and "not rated" in the text.
    pub total: Option<u8>,
    pub band: Option<Band>,
    pub rect: Rect,
    /// Centre of the category label under the plot (text-anchor "middle").
    pub label_at: Point,
    /// Just above the bar's top, centred.
    pub value_label_at: Point,
}

#[derive(Clone, Debug, PartialEq)]
pub struct PerformanceChart {
    pub plot: Rect,
    pub axis_min: u8,
    pub axis_max: u8,
    pub ticks: Vec<Tick>,
    pub zones: Vec<BandZone>,
    pub boundaries: Vec<Boundary>,
    pub bars: Vec<TotalBar>,
    /// The band ranges used, for the legend and the text alternative.
    pub band_ranges: [(Band, u8, u8); 3],
}

/// Builds the chart for the CoPs `ids`, in that order, with the workspace's band cut-points.
pub fn performance_chart(
    ws: &Workspace,
    ids: &[String],
    frame: &Frame,
    axis: TotalAxis,
) -> PerformanceChart {
    let plot = frame.plot();
    let (min, max) = (axis.min(), TOTAL_MAX);
    let scale = Scale { min: f64::from(min), max: f64::from(max), plot };
    let ticks = (min..=max).step_by(5).map(|v| tick(&scale, f64::from(v), v.to_string())).collect();
    let band_ranges = Band::ALL.map(|b| {
        let (lo, hi) = ws.bands.range(b);
        (b, lo, hi)
    });
    let zones = band_ranges
        .iter()
        .enumerate()
        .map(|(i, (band, lo, hi))| {
            // The lowest zone reaches down to the axis, the highest up to its top.
            let from = if i == 0 { f64::from(min) } else { f64::from(*lo) - 0.5 };
            let to = if i == 2 { f64::from(max) } else { f64::from(*hi) + 0.5 };
            let (top, bottom) = (scale.y(to), scale.y(from));
            let rect = Rect { x: plot.x, y: top, width: plot.width, height: bottom - top };
            BandZone { band: *band, from, to, rect }
        })
        .collect();
    let boundaries = band_ranges
        .windows(2)
        .map(|w| {
            let value = f64::from(w[0].2) + 0.5;
            Boundary { lower: w[0].0, upper: w[1].0, value, y: scale.y(value) }
        })
        .collect();
    let cops = pick(ws, ids);
    let n = cops.len();
    let bars = cops
        .into_iter()
        .enumerate()
        .map(|(i, c)| {
            let total = latest_complete(&c.assessments).and_then(|a| a.total());
            let (sx, sw) = slot(&plot, i, n);
            let width = sw * BAR_FILL;
            let centre = sx + sw / 2.0;
            let value = total.map_or(scale.min, f64::from);
            let y = scale.y(value);
            TotalBar {
                id: c.id.clone(),
                name: c.name.clone(),
                country: c.country.clone(),
                total,
                band: total.and_then(|t| ws.bands.band_for(t)),
                rect: Rect { x: centre - width / 2.0, y, width, height: scale.height(value) },
                label_at: Point { x: centre, y: plot.bottom() + frame.bottom.max(0.0) / 2.0 },
                value_label_at: Point { x: centre, y: y - LABEL_GAP },
            }
        })
        .collect();
    PerformanceChart {
        plot,
        axis_min: min,
        axis_max: max,
        ticks,
        zones,
        boundaries,
        bars,
        band_ranges,
    }
}

impl PerformanceChart {
    /// Every value as text: the chart's title, the bands, then each CoP's total and band.
    pub fn alt_text(&self, lang: Lang) -> String {
        let bands: Vec<String> = self
            .band_ranges
            .iter()
            .map(|(b, lo, hi)| format!("{} {lo}–{hi}", b.label(lang)))
            .collect();
        let mut out = match lang {
            Lang::En => format!(
                "Total score of each CoP ({TOTAL_MIN} to {TOTAL_MAX}). Bands: {}.",
                bands.join(", ")
            ),
            Lang::Es => format!(
                "Puntaje total de cada CdP ({TOTAL_MIN} a {TOTAL_MAX}). Bandas: {}.",
                bands.join(", ")
            ),
        };
        if self.bars.is_empty() {
            out.push_str(match lang {
                Lang::En => " No CoPs to show.",
                Lang::Es => " No hay CdP que mostrar.",
            });
        }
        for bar in &self.bars {
            let value = match (bar.total, bar.band, lang) {
                (Some(t), Some(b), _) => format!("{t}, {}", b.label(lang)),
                (Some(t), None, _) => t.to_string(),
                (None, _, Lang::En) => "not rated yet".to_string(),
                (None, _, Lang::Es) => "sin calificar todavía".to_string(),
            };
            out.push_str(&format!(" {}: {value}.", bar.name));
        }
        out
    }
}
