//! The abstract drawing area shared by the charts: a viewBox the caller chooses, margins for
//! axis and category labels, a linear scale and "nice" tick steps.
//!
//! Everything is in viewBox units with SVG's orientation (y grows downwards). Inputs are
//! sanitised (negative or non-finite sizes become 0) so no frame can produce NaN coordinates.

/// Gap between a bar's top and its value label, and between the plot and tick labels.
pub const LABEL_GAP: f64 = 4.0;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
}

impl Rect {
    pub fn bottom(&self) -> f64 {
        self.y + self.height
    }

    pub fn right(&self) -> f64 {
        self.x + self.width
    }
}

/// The caller's viewBox (`0 0 width height`) and the room kept around the plot for labels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    pub width: f64,
    pub height: f64,
    pub top: f64,
    pub right: f64,
    /// Room for category labels under the bars.
    pub bottom: f64,
    /// Room for tick labels left of the axis.
    pub left: f64,
}

impl Default for Frame {
    /// 640 × 320 with room for one line of category labels and three-digit ticks.
    fn default() -> Self {
        Frame { width: 640.0, height: 320.0, top: 16.0, right: 8.0, bottom: 48.0, left: 40.0 }
    }
}

fn sane(v: f64) -> f64 {
    if v.is_finite() && v > 0.0 {
        v
    } else {
        0.0
    }
}

impl Frame {
    /// The plot area inside the margins (never negative).
    pub fn plot(&self) -> Rect {
        let (w, h) = (sane(self.width), sane(self.height));
        let left = sane(self.left).min(w);
        let top = sane(self.top).min(h);
        Rect {
            x: left,
            y: top,
            width: (w - left - sane(self.right)).max(0.0),
            height: (h - top - sane(self.bottom)).max(0.0),
        }
    }
}

/// Maps values `min..=max` onto the plot's height, `min` at the bottom.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scale {
    pub min: f64,
    pub max: f64,
    pub plot: Rect,
}

impl Scale {
    pub fn y(&self, value: f64) -> f64 {
        let span = self.max - self.min;
        if span <= 0.0 || !span.is_finite() {
            return self.plot.bottom();
        }
        let v = value.clamp(self.min, self.max);
        self.plot.bottom() - (v - self.min) / span * self.plot.height
    }

    /// Height of a bar from `min` up to `value`.
    pub fn height(&self, value: f64) -> f64 {
        self.plot.bottom() - self.y(value)
    }
}

/// A horizontal grid line with its label, placed left of the plot (text-anchor "end").
#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    pub value: f64,
    pub y: f64,
    pub label: String,
    pub label_at: Point,
}

pub(crate) fn tick(scale: &Scale, value: f64, label: String) -> Tick {
    let y = scale.y(value);
    Tick { value, y, label, label_at: Point { x: scale.plot.x - LABEL_GAP, y } }
}

/// A tick step of 1, 2 or 5 times a power of ten giving at most `max_ticks` steps up to `max`,
/// and the axis top rounded up to a whole step. `max` 0 gives (1, 1): an empty axis still has
/// a scale.
pub fn nice_step(max: u64, max_ticks: u64) -> (u64, u64) {
    let max_ticks = max_ticks.max(1);
    if max == 0 {
        return (1, 1);
    }
    let mut power: u64 = 1;
    loop {
        for m in [1u64, 2, 5] {
            let step = m.saturating_mul(power);
            if max.div_ceil(step) <= max_ticks || step == u64::MAX {
                return (step, max.div_ceil(step).saturating_mul(step));
            }
        }
        power = power.saturating_mul(10);
    }
}

/// Equal slots across the plot, one per item, with a bar of `fill` (0..1) of the slot centred
/// in each: returns (slot x, slot width) for item `i` of `n`.
pub(crate) fn slot(plot: &Rect, i: usize, n: usize) -> (f64, f64) {
    let n = n.max(1) as f64;
    let w = plot.width / n;
    (plot.x + i as f64 * w, w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nice_steps() {
        assert_eq!(nice_step(0, 5), (1, 1));
        assert_eq!(nice_step(4, 5), (1, 4));
        assert_eq!(nice_step(36, 5), (10, 40));
        assert_eq!(nice_step(54, 5), (20, 60));
        assert_eq!(nice_step(200, 5), (50, 200));
        assert_eq!(nice_step(201, 5), (50, 250));
        assert_eq!(nice_step(251, 5), (100, 300));
        assert!(nice_step(u64::MAX, 5).0 > 0);
    }

    #[test]
    fn degenerate_frames_do_not_make_nan() {
        let f = Frame { width: f64::NAN, height: -3.0, ..Frame::default() };
        let p = f.plot();
        assert_eq!((p.width, p.height), (0.0, 0.0));
        let s = Scale { min: 5.0, max: 5.0, plot: p };
        assert!(s.y(7.0).is_finite());
    }
}
