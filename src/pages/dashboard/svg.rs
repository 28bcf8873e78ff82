//! Shared pieces of the dashboard's inline SVG charts: number formatting, the fill patterns
//! (so bars differ in grey print, not only in colour), tick lines and category labels.
//!
//! All geometry comes from the core (`practica_core::programme::charts`); this only writes
//! elements. No `style` attributes (the CSP forbids them): colours are SVG attributes.

use leptos::prelude::*;
use practica_core::programme::charts::{Frame, Rect, Tick};
use practica_core::scoring::Band;

/// Text and lines drawn in the charts (WCAG AA on the light band backgrounds).
pub const INK: &str = "#1b1f23";
pub const MUTED: &str = "#4a5560";
pub const GRID: &str = "#8a949e";

/// Average width of a character at `font` size, for deciding when labels must turn.
const CHAR_WIDTH: f64 = 0.58;
/// Category labels: font size, and the longest name shown whole when turned.
pub const LABEL_FONT: f64 = 11.0;
const TURNED_CHARS: usize = 14;

/// A viewBox coordinate with one decimal: compact markup, no visible rounding.
pub fn n(v: f64) -> String {
    if v.is_finite() {
        format!("{:.1}", v)
    } else {
        "0".into()
    }
}

pub fn view_box(f: &Frame) -> String {
    format!("0 0 {} {}", n(f.width), n(f.height))
}

/// `name` cut to `max` characters with an ellipsis (the full name is in the accessible label).
pub fn shorten(name: &str, max: usize) -> String {
    if name.chars().count() <= max {
        name.to_string()
    } else {
        format!("{}…", name.chars().take(max.saturating_sub(1)).collect::<String>())
    }
}

/// Whether category labels are turned (they would not fit side by side), and the length
/// each is cut to.
pub fn label_layout<'a>(names: impl Iterator<Item = &'a str>, slot_width: f64) -> (bool, usize) {
    let longest = names.map(|s| s.chars().count()).max().unwrap_or(0);
    let fits = (slot_width - 4.0) / (LABEL_FONT * CHAR_WIDTH);
    if (longest as f64) <= fits {
        (false, longest.max(1))
    } else {
        (true, TURNED_CHARS)
    }
}

/// A category label under the plot, centred on `x`, or turned 40° when `turned`.
pub fn category_label(name: &str, x: f64, plot: &Rect, turned: bool, max: usize) -> impl IntoView {
    let text = shorten(name, max);
    let y = plot.bottom() + 14.0;
    if turned {
        let transform = format!("rotate(-40 {} {})", n(x + 4.0), n(y));
        view! {
            <text x=n(x + 4.0) y=n(y) font-size=LABEL_FONT text-anchor="end" fill=INK transform=transform>{text}</text>
        }
        .into_any()
    } else {
        view! {
            <text x=n(x) y=n(y) font-size=LABEL_FONT text-anchor="middle" fill=INK>{text}</text>
        }
        .into_any()
    }
}

/// Horizontal grid lines with their value labels left of the plot.
pub fn ticks(ticks: &[Tick], plot: &Rect) -> impl IntoView {
    ticks
        .iter()
        .map(|t| {
            view! {
                <line x1=n(plot.x) x2=n(plot.right()) y1=n(t.y) y2=n(t.y) stroke=GRID stroke-width="0.6" stroke-dasharray="2 3" />
                <text x=n(t.label_at.x) y=n(t.label_at.y + 3.5) font-size="10" text-anchor="end" fill=MUTED>{t.label.clone()}</text>
            }
        })
        .collect_view()
}

/// The value axis line, its title turned up the left edge, and the category axis title.
pub fn axes(frame: &Frame, plot: &Rect, y_title: String, x_title: String) -> impl IntoView {
    let mid = plot.y + plot.height / 2.0;
    let turn = format!("rotate(-90 11 {})", n(mid));
    view! {
        <line x1=n(plot.x) x2=n(plot.x) y1=n(plot.y) y2=n(plot.bottom()) stroke=INK stroke-width="1" />
        <line x1=n(plot.x) x2=n(plot.right()) y1=n(plot.bottom()) y2=n(plot.bottom()) stroke=INK stroke-width="1" />
        <text x="11" y=n(mid) font-size="11" text-anchor="middle" fill=INK transform=turn>{y_title}</text>
        <text x=n(plot.x + plot.width / 2.0) y=n(frame.height - 5.0) font-size="11" text-anchor="middle" fill=INK>{x_title}</text>
    }
}

/// Colour, line marks over it, and whether its labels need light ink, per band: dark solid for
/// optimal, mid with diagonal lines for needs strengthening, light with dots for sub-optimal,
/// so the three differ in grey too.
fn band_look(b: Band) -> (&'static str, &'static str) {
    match b {
        Band::Optimal => ("#1e6b2f", ""),
        Band::NeedsStrengthening => {
            ("#e0a526", r##"<path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" stroke="#1b1f23" stroke-width="1.2"/>"##)
        }
        Band::SubOptimal => ("#f4b6b3", r##"<circle cx="2" cy="2" r="1.3" fill="#a4161a"/><circle cx="6" cy="6" r="1.3" fill="#a4161a"/>"##),
    }
}

fn band_key(b: Band) -> &'static str {
    match b {
        Band::Optimal => "opt",
        Band::NeedsStrengthening => "needs",
        Band::SubOptimal => "sub",
    }
}

/// `fill` value for a bar of band `b` (or grey when not rated).
pub fn band_fill(prefix: &str, b: Option<Band>) -> String {
    match b {
        Some(b) => format!("url(#{prefix}-{})", band_key(b)),
        None => "#d9d9d9".into(),
    }
}

/// Light zone colours behind the bars, one per band.
pub fn zone_fill(b: Band) -> &'static str {
    match b {
        Band::Optimal => "#e3f4e6",
        Band::NeedsStrengthening => "#fff1cc",
        Band::SubOptimal => "#fde8e8",
    }
}

/// The `<pattern>` definitions for the three bands, as markup for a `<defs>` element.
pub fn band_patterns(prefix: &str) -> String {
    Band::ALL
        .iter()
        .map(|b| {
            let (colour, marks) = band_look(*b);
            format!(
                r#"<pattern id="{prefix}-{}" patternUnits="userSpaceOnUse" width="8" height="8"><rect width="8" height="8" fill="{colour}"/>{marks}</pattern>"#,
                band_key(*b)
            )
        })
        .collect()
}

/// Fill colours for professions (distinct in hue and in lightness, so they differ in grey).
const COLOURS: [&str; 6] = ["#0b5d5b", "#e8a33d", "#8dbfe0", "#a6426b", "#b9d48a", "#d9d9d9"];

/// The pattern of profession `i`: a colour and, from the second on, line marks; beyond six
/// the marks change so every profession stays distinct.
pub fn profession_pattern(prefix: &str, i: usize) -> String {
    let colour = COLOURS[i % COLOURS.len()];
    let kind = (i + i / COLOURS.len() * 3) % 6;
    let ink = r##"stroke="#1b1f23" stroke-width="1.2""##;
    let marks = match kind {
        0 => String::new(),
        1 => format!(r#"<path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" {ink}/>"#),
        2 => r##"<circle cx="2" cy="2" r="1.3" fill="#1b1f23"/><circle cx="6" cy="6" r="1.3" fill="#1b1f23"/>"##.to_string(),
        3 => format!(r#"<path d="M0,2 h8 M0,6 h8" {ink}/>"#),
        4 => format!(r#"<path d="M0,0 l8,8 M8,0 l-8,8" {ink}/>"#),
        _ => format!(r#"<path d="M-2,6 l4,4 M0,0 l8,8 M6,-2 l4,4" {ink}/>"#),
    };
    format!(
        r#"<pattern id="{prefix}-p{i}" patternUnits="userSpaceOnUse" width="8" height="8"><rect width="8" height="8" fill="{colour}"/>{marks}</pattern>"#
    )
}

/// Charts wider than a phone keep their natural size and scroll in their own box; narrower
/// ones scale with the page (`width` attribute only on the wide ones).
pub fn natural_width(f: &Frame) -> Option<String> {
    (f.width > 360.0).then(|| n(f.width))
}
