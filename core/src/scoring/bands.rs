//! Bands: which totals count as sub-optimal, needs strengthening and optimal.
//!
//! The cut-points are configurable per workspace (a team may want stricter bands), so they are
//! validated both when the team edits them (`BandCuts::new`) and when a file is loaded
//! (`#[serde(try_from)]`): once a `BandCuts` exists, every total from 5 to 25 falls in exactly
//! one band, in order.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::text::Lang;

/// Lowest and highest possible totals: five ratings of 1, or five of 5.
pub const TOTAL_MIN: u8 = 5;
pub const TOTAL_MAX: u8 = 25;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Band {
    SubOptimal,
    NeedsStrengthening,
    Optimal,
}

impl Band {
    /// Lowest first, the order the bands must keep.
    pub const ALL: [Band; 3] = [Band::SubOptimal, Band::NeedsStrengthening, Band::Optimal];

    /// The glossary's words (lower case, to sit inside sentences and badges alike).
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Band::SubOptimal, Lang::En) => "sub-optimal",
            (Band::SubOptimal, Lang::Es) => "subóptimo",
            (Band::NeedsStrengthening, Lang::En) => "needs strengthening",
            (Band::NeedsStrengthening, Lang::Es) => "requiere fortalecimiento",
            (Band::Optimal, Lang::En) => "optimal",
            (Band::Optimal, Lang::Es) => "óptimo",
        }
    }

    /// The stylesheet class for badges and chart bars.
    pub fn css_class(self) -> &'static str {
        match self {
            Band::SubOptimal => "band-sub",
            Band::NeedsStrengthening => "band-needs",
            Band::Optimal => "band-optimal",
        }
    }

    fn index(self) -> usize {
        match self {
            Band::SubOptimal => 0,
            Band::NeedsStrengthening => 1,
            Band::Optimal => 2,
        }
    }
}

/// Validated cut-points: three inclusive ranges of totals, in band order, covering 5–25 with
/// no overlap and no gap. Fields are private so no code can build an invalid one.
///
/// The default is the paper's banding, resolved. The paper prints 5–12 sub-optimal, 13–20
/// needs strengthening and 20–25 optimal, which overlap at 20. A total of 20 cannot actually
/// occur (five odd ratings always add up to an odd number), but the cut-points must still be
/// unambiguous, so 20 stays in "needs strengthening" (where the paper's middle band puts it)
/// and optimal starts at 21. The "About the method" text states this resolution.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "BandCutsFile", into = "BandCutsFile")]
pub struct BandCuts {
    /// Indexed by `Band::index()`: (lowest, highest) total, inclusive.
    ranges: [(u8, u8); 3],
}

impl BandCuts {
    /// The paper's bands with the overlap at 20 resolved (see the type's documentation).
    pub const PAPER: BandCuts = BandCuts { ranges: [(5, 12), (13, 20), (21, 25)] };

    /// Checks the three ranges (inclusive, lowest total first) and returns the first problem
    /// found, in the order a person would fix them: each range on its own, then their order,
    /// then how they fit together.
    pub fn new(
        sub_optimal: (u8, u8),
        needs_strengthening: (u8, u8),
        optimal: (u8, u8),
    ) -> Result<BandCuts, BandCutsError> {
        let ranges = [sub_optimal, needs_strengthening, optimal];
        for (band, (min, max)) in Band::ALL.into_iter().zip(ranges) {
            if min > max {
                return Err(BandCutsError::Reversed { band, min, max });
            }
            if min < TOTAL_MIN || max > TOTAL_MAX {
                return Err(BandCutsError::OutOfRange { band, min, max });
            }
        }
        for pair in [0, 1] {
            let (lower, upper) = (Band::ALL[pair], Band::ALL[pair + 1]);
            let (lo, hi) = (ranges[pair], ranges[pair + 1]);
            if hi.0 < lo.0 {
                return Err(BandCutsError::OutOfOrder {
                    band: upper,
                    starts: hi.0,
                    below: lower,
                    below_starts: lo.0,
                });
            }
            if hi.0 <= lo.1 {
                return Err(BandCutsError::Overlap {
                    lower,
                    upper,
                    from: hi.0,
                    to: lo.1.min(hi.1),
                });
            }
        }
        // Gaps: before the first band, between neighbours, after the last band. The
        // subtractions and additions below stay in range because every bound is in 5..=25
        // and neighbours were just checked not to overlap.
        if ranges[0].0 > TOTAL_MIN {
            let (from, to) = (TOTAL_MIN, ranges[0].0 - 1);
            return Err(BandCutsError::Gap { from, to, below: None, above: Some(Band::ALL[0]) });
        }
        for pair in [0, 1] {
            let (lo, hi) = (ranges[pair], ranges[pair + 1]);
            if hi.0 > lo.1 + 1 {
                return Err(BandCutsError::Gap {
                    from: lo.1 + 1,
                    to: hi.0 - 1,
                    below: Some(Band::ALL[pair]),
                    above: Some(Band::ALL[pair + 1]),
                });
            }
        }
        if ranges[2].1 < TOTAL_MAX {
            let (from, to) = (ranges[2].1 + 1, TOTAL_MAX);
            return Err(BandCutsError::Gap { from, to, below: Some(Band::ALL[2]), above: None });
        }
        Ok(BandCuts { ranges })
    }

    /// Lowest and highest total of a band, inclusive.
    pub fn range(&self, band: Band) -> (u8, u8) {
        self.ranges[band.index()]
    }

    /// The band a total falls in; `None` only for totals outside 5–25.
    pub fn band_for(&self, total: u8) -> Option<Band> {
        Band::ALL.into_iter().find(|b| {
            let (min, max) = self.range(*b);
            (min..=max).contains(&total)
        })
    }

    /// Whether these are the paper's bands (the settings screen offers "restore the paper's
    /// bands" only when they are not).
    pub fn is_paper(&self) -> bool {
        *self == BandCuts::PAPER
    }
}

impl Default for BandCuts {
    fn default() -> Self {
        BandCuts::PAPER
    }
}

/// How cut-points look in a stored or exported file:
/// `{"sub_optimal":[5,12],"needs_strengthening":[13,20],"optimal":[21,25]}`.
#[derive(Serialize, Deserialize)]
struct BandCutsFile {
    sub_optimal: (u8, u8),
    needs_strengthening: (u8, u8),
    optimal: (u8, u8),
}

impl TryFrom<BandCutsFile> for BandCuts {
    type Error = BandCutsError;

    fn try_from(f: BandCutsFile) -> Result<Self, Self::Error> {
        BandCuts::new(f.sub_optimal, f.needs_strengthening, f.optimal)
    }
}

impl From<BandCuts> for BandCutsFile {
    fn from(c: BandCuts) -> Self {
        BandCutsFile {
            sub_optimal: c.ranges[0],
            needs_strengthening: c.ranges[1],
            optimal: c.ranges[2],
        }
    }
}

/// Why a set of cut-points was refused. All totals are inclusive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BandCutsError {
    /// A band's lowest total is above its highest.
    Reversed { band: Band, min: u8, max: u8 },
    /// A band reaches below 5 or above 25.
    OutOfRange { band: Band, min: u8, max: u8 },
    /// `band` starts below the band that should come before it.
    OutOfOrder { band: Band, starts: u8, below: Band, below_starts: u8 },
    /// Totals `from..=to` fall in both bands.
    Overlap { lower: Band, upper: Band, from: u8, to: u8 },
    /// Totals `from..=to` fall in no band; `below`/`above` are the bands on either side, if any.
    Gap { from: u8, to: u8, below: Option<Band>, above: Option<Band> },
}

/// "13" or "13–14": one total or a range.
fn totals(from: u8, to: u8) -> String {
    if from == to {
        from.to_string()
    } else {
        format!("{from}–{to}")
    }
}

impl BandCutsError {
    /// A full sentence saying what is wrong, where, and what to do.
    pub fn message(&self, lang: Lang) -> String {
        let q = |b: Band| match lang {
            Lang::En => format!("\"{}\"", b.label(lang)),
            Lang::Es => format!("«{}»", b.label(lang)),
        };
        match (*self, lang) {
            (BandCutsError::Reversed { band, min, max }, Lang::En) => format!(
                "The {} band runs from {min} down to {max}. Put the lowest total first: {max}–{min}.",
                q(band)
            ),
            (BandCutsError::Reversed { band, min, max }, Lang::Es) => format!(
                "La banda {} va de {min} hacia abajo hasta {max}. Escriba primero el puntaje más \
                 bajo: {max}–{min}.",
                q(band)
            ),
            (BandCutsError::OutOfRange { band, min, max }, Lang::En) => format!(
                "The {} band ({min}–{max}) goes beyond the possible totals: five ratings of 1, 3 \
                 or 5 add up to between {TOTAL_MIN} and {TOTAL_MAX}. Keep every band within \
                 {TOTAL_MIN}–{TOTAL_MAX}.",
                q(band)
            ),
            (BandCutsError::OutOfRange { band, min, max }, Lang::Es) => format!(
                "La banda {} ({min}–{max}) sale de los puntajes totales posibles: cinco \
                 calificaciones de 1, 3 o 5 suman entre {TOTAL_MIN} y {TOTAL_MAX}. Mantenga cada \
                 banda dentro de {TOTAL_MIN}–{TOTAL_MAX}.",
                q(band)
            ),
            (BandCutsError::OutOfOrder { band, starts, below, below_starts }, Lang::En) => {
                format!(
                    "The {} band starts at {starts}, below the {} band, which starts at \
                     {below_starts}. Order the bands from the lowest totals to the highest: {}, \
                     {}, {}.",
                    q(band),
                    q(below),
                    q(Band::SubOptimal),
                    q(Band::NeedsStrengthening),
                    q(Band::Optimal)
                )
            }
            (BandCutsError::OutOfOrder { band, starts, below, below_starts }, Lang::Es) => {
                format!(
                    "La banda {} empieza en {starts}, por debajo de la banda {}, que empieza en \
                     {below_starts}. Ordene las bandas del puntaje más bajo al más alto: {}, {}, \
                     {}.",
                    q(band),
                    q(below),
                    q(Band::SubOptimal),
                    q(Band::NeedsStrengthening),
                    q(Band::Optimal)
                )
            }
            (BandCutsError::Overlap { lower, upper, from, to }, Lang::En) => {
                let (what, verb) = if from == to { ("total", "falls") } else { ("totals", "fall") };
                format!(
                    "The {} and {} bands overlap: {what} {} {verb} in both. Each total must \
                     belong to one band only, so end {} before {} starts.",
                    q(lower),
                    q(upper),
                    totals(from, to),
                    q(lower),
                    q(upper)
                )
            }
            (BandCutsError::Overlap { lower, upper, from, to }, Lang::Es) => {
                let (what, verb) = if from == to {
                    ("el puntaje total", "queda")
                } else {
                    ("los puntajes totales", "quedan")
                };
                format!(
                    "Las bandas {} y {} se superponen: {what} {} {verb} en ambas. Cada puntaje \
                     total debe pertenecer a una sola banda; haga terminar {} antes de que \
                     empiece {}.",
                    q(lower),
                    q(upper),
                    totals(from, to),
                    q(lower),
                    q(upper)
                )
            }
            (BandCutsError::Gap { from, to, below, above }, Lang::En) => {
                let what = if from == to { "total" } else { "totals" };
                let fix = match (below, above) {
                    (Some(b), Some(a)) => {
                        format!("extend {} up to {to} or start {} at {from}", q(b), q(a))
                    }
                    (None, Some(a)) => format!("start {} at {TOTAL_MIN}", q(a)),
                    (Some(b), None) => format!("end {} at {TOTAL_MAX}", q(b)),
                    (None, None) => "set all three bands".to_string(),
                };
                format!(
                    "No band covers {what} {}. Every total from {TOTAL_MIN} to {TOTAL_MAX} needs \
                     a band: {fix}.",
                    totals(from, to)
                )
            }
            (BandCutsError::Gap { from, to, below, above }, Lang::Es) => {
                let what = if from == to { "el puntaje total" } else { "los puntajes totales" };
                let fix = match (below, above) {
                    (Some(b), Some(a)) => {
                        format!("extienda {} hasta {to} o haga empezar {} en {from}", q(b), q(a))
                    }
                    (None, Some(a)) => format!("haga empezar {} en {TOTAL_MIN}", q(a)),
                    (Some(b), None) => format!("haga terminar {} en {TOTAL_MAX}", q(b)),
                    (None, None) => "defina las tres bandas".to_string(),
                };
                format!(
                    "Ninguna banda cubre {what} {}. Cada puntaje total de {TOTAL_MIN} a \
                     {TOTAL_MAX} necesita una banda: {fix}.",
                    totals(from, to)
                )
            }
        }
    }
}

/// English, because serde errors (from a loaded file) have no language; the settings screen
/// calls `message(lang)` instead.
impl fmt::Display for BandCutsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for BandCutsError {}
