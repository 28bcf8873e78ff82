//! Each CoP's profile: its five criterion values (1, 3 or 5) side by side, so a programme sees
//! not only who scored low but on what.

use super::frame::{slot, tick, Frame, Point, Rect, Scale, Tick, LABEL_GAP};
use super::{pick, BAR_FILL};
use crate::scoring::{criterion, latest_complete, CriterionId, Rating};
use crate::text::Lang;
use crate::workspace::Workspace;

#[derive(Clone, Debug, PartialEq)]
pub struct CriterionBar {
    pub criterion: CriterionId,
    /// The consensus rating of the CoP's latest assessment that has one for this criterion;
    /// `None` draws no bar.
    pub rating: Option<Rating>,
    pub rect: Rect,
    pub value_label_at: Point,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ProfileGroup {
    pub id: String,
    pub name: String,
    /// The CoP's slot across the plot.
    pub x: f64,
    pub width: f64,
    pub label_at: Point,
    /// Five bars, in the paper's criterion order.
    pub bars: Vec<CriterionBar>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ProfileChart {
    pub plot: Rect,
    /// At 1, 3 and 5 (the only values a rating can take), on a 0–5 axis.
    pub ticks: Vec<Tick>,
    pub groups: Vec<ProfileGroup>,
}

/// Builds the profile chart for the CoPs `ids`, in that order, from each CoP's latest complete
/// assessment (the same one its total comes from; a CoP with none shows no bars).
pub fn profile_chart(ws: &Workspace, ids: &[String], frame: &Frame) -> ProfileChart {
    let plot = frame.plot();
    let scale = Scale { min: 0.0, max: 5.0, plot };
    let ticks = Rating::ALL
        .iter()
        .map(|r| tick(&scale, f64::from(r.value()), r.value().to_string()))
        .collect();
    let cops = pick(ws, ids);
    let n = cops.len();
    let groups = cops
        .into_iter()
        .enumerate()
        .map(|(i, c)| {
            let latest = latest_complete(&c.assessments);
            let (gx, gw) = slot(&plot, i, n);
            // Bars fill BAR_FILL of the group, so groups stay visibly apart.
            let inner = Rect { x: gx + gw * (1.0 - BAR_FILL) / 2.0, width: gw * BAR_FILL, ..plot };
            let bars = CriterionId::ALL
                .iter()
                .enumerate()
                .map(|(k, id)| {
                    let rating = latest.and_then(|a| a.consensus.get(id).copied());
                    let value = rating.map_or(0.0, |r| f64::from(r.value()));
                    let (bx, bw) = slot(&inner, k, CriterionId::ALL.len());
                    let y = scale.y(value);
                    CriterionBar {
                        criterion: *id,
                        rating,
                        rect: Rect { x: bx, y, width: bw, height: scale.height(value) },
                        value_label_at: Point { x: bx + bw / 2.0, y: y - LABEL_GAP },
                    }
                })
                .collect();
            ProfileGroup {
                id: c.id.clone(),
                name: c.name.clone(),
                x: gx,
                width: gw,
                label_at: Point {
                    x: gx + gw / 2.0,
                    y: plot.bottom() + frame.bottom.max(0.0) / 2.0,
                },
                bars,
            }
        })
        .collect();
    ProfileChart { plot, ticks, groups }
}

impl ProfileChart {
    /// Every value as text: per CoP, each criterion's number, name and value.
    pub fn alt_text(&self, lang: Lang) -> String {
        let mut out = match lang {
            Lang::En => "Rating of each CoP on the five criteria (1, 3 or 5).".to_string(),
            Lang::Es => "Calificación de cada CdP en los cinco criterios (1, 3 o 5).".to_string(),
        };
        if self.groups.is_empty() {
            out.push_str(match lang {
                Lang::En => " No CoPs to show.",
                Lang::Es => " No hay CdP que mostrar.",
            });
        }
        for g in &self.groups {
            let parts: Vec<String> = g
                .bars
                .iter()
                .map(|b| {
                    let c = criterion(b.criterion);
                    let v = match (b.rating, lang) {
                        (Some(r), _) => r.to_string(),
                        (None, Lang::En) => "not rated".to_string(),
                        (None, Lang::Es) => "sin calificar".to_string(),
                    };
                    format!("{}. {} {v}", c.number, c.name.get(lang))
                })
                .collect();
            out.push_str(&format!(" {}: {}.", g.name, parts.join("; ")));
        }
        out
    }
}
