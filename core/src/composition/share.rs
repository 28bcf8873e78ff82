//! Percentages with one decimal, and how a column of counts becomes percentages that add up.

use std::fmt;

use crate::text::Bilingual;

/// A share of a total in tenths of a percent: `Share(350)` is 35.0 %. Integer tenths keep the
/// maths exact and make "adds up to 100.0" a checkable fact rather than a floating-point hope.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Share(u16);

impl Share {
    pub const ZERO: Share = Share(0);
    pub const FULL: Share = Share(1000);

    /// `None` above 1000 tenths (100.0 %).
    pub fn from_tenths(tenths: u16) -> Option<Share> {
        (tenths <= 1000).then_some(Share(tenths))
    }

    pub fn tenths(self) -> u16 {
        self.0
    }

    /// The percentage as a number, for drawing bars (never for display: use `Display`).
    pub fn percent(self) -> f64 {
        f64::from(self.0) / 10.0
    }
}

/// "35.0", "100.0", "0.0": one decimal with a point, as in the paper (Mexico and Nicaragua
/// also write decimals with a point). No "%" sign: the column heading carries it.
impl fmt::Display for Share {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}", self.0 / 10, self.0 % 10)
    }
}

/// `part / whole` in tenths of a percent, rounded to the nearest tenth with halves up; `None`
/// when `whole` is 0. Used where a single figure is rounded on its own (retention, diversity).
pub(crate) fn tenths_of_percent(part: u128, whole: u128) -> Option<u128> {
    if whole == 0 {
        return None;
    }
    // round(1000 * part / whole) = floor((2000 * part + whole) / (2 * whole)), exact in integers.
    Some((part.saturating_mul(2000).saturating_add(whole)) / whole.saturating_mul(2))
}

/// The shares of a column of counts, rounded so that they add up to exactly 100.0.
///
/// Largest-remainder (Hamilton) rounding on tenths of a percent: each share is first rounded
/// down to a tenth; the tenths still missing to reach 100.0 go, one each, to the entries whose
/// dropped remainders are largest, ties going to the entry listed first. Consequences, all
/// tested: every column sums to exactly 1000 tenths; each share is less than 0.1 away from its
/// exact value; a larger count never gets a smaller share; a zero count gets 0.0; and when
/// ordinary rounding already adds up to 100.0 the result is the same as ordinary rounding.
/// This reproduces the paper's printed Table 2 values (2013: 35.0/36.5/28.5; 2015:
/// 42.9/42.1/15.0).
///
/// When the total is 0 every entry is `None` (the UI shows "–", never NaN or 0.0).
pub fn shares(counts: &[u32]) -> Vec<Option<Share>> {
    let total: u64 = counts.iter().map(|&c| u64::from(c)).sum();
    if total == 0 {
        return vec![None; counts.len()];
    }
    // u32 * 1000 always fits in u64.
    let mut tenths: Vec<u64> = counts
        .iter()
        .map(|&c| u64::from(c) * 1000 / total)
        .collect();
    let remainders: Vec<u64> = counts
        .iter()
        .map(|&c| u64::from(c) * 1000 % total)
        .collect();
    let missing = 1000u64.saturating_sub(tenths.iter().sum());
    let mut order: Vec<usize> = (0..counts.len()).collect();
    // Stable sort: equal remainders keep display order, so ties go to the first row.
    order.sort_by(|&a, &b| remainders[b].cmp(&remainders[a]));
    for &i in order
        .iter()
        .take(usize::try_from(missing).unwrap_or(usize::MAX))
    {
        tenths[i] += 1;
    }
    tenths
        .into_iter()
        .map(|t| Some(Share(u16::try_from(t).unwrap_or(1000).min(1000))))
        .collect()
}

/// How percentages are rounded, in words for the About page.
pub const ROUNDING_EXPLANATION: Bilingual = Bilingual::new(
    "Percentages are shown with one decimal, as in the paper: each profession's percentage is its \
share of the column total. Rounding each percentage on its own can make a column add up to 99.9 \
or 100.1, so Práctica uses the largest-remainder method (Hamilton's method): every percentage is \
first rounded down to one decimal, and the tenths still missing to reach 100.0 go, one each, to \
the professions that lost the most in that first step (on a tie, to the row listed first). Every \
column therefore adds up to exactly 100.0, no percentage is off by 0.1 or more, and whenever \
ordinary rounding already adds up to 100.0 the result is the same. This gives the values printed \
in the paper: 35.0, 36.5 and 28.5 in 2013; 42.9, 42.1 and 15.0 in 2015. A change in percentage \
points is the difference between the two percentages as shown (42.9 − 35.0 = +7.9). Retention \
(members at the end divided by members at baseline) and the diversity index are rounded to the \
nearest tenth, halves up. A column with no members counted shows “–” instead of percentages.",
    "Los porcentajes se muestran con un decimal, como en el artículo: el porcentaje de cada \
profesión es su parte del total de la columna. Redondear cada porcentaje por separado puede hacer \
que una columna sume 99.9 o 100.1, por eso Práctica usa el método del mayor residuo (método de \
Hamilton): cada porcentaje se redondea primero hacia abajo a un decimal, y las décimas que faltan \
para llegar a 100.0 se asignan, una a cada una, a las profesiones que más perdieron en ese primer \
paso (en caso de empate, a la fila que aparece primero). Así cada columna suma exactamente 100.0, \
ningún porcentaje se aleja 0.1 o más de su valor exacto y, cuando el redondeo habitual ya suma \
100.0, el resultado es el mismo. Se obtienen los valores publicados en el artículo: 35.0, 36.5 y \
28.5 en 2013; 42.9, 42.1 y 15.0 en 2015. Un cambio en puntos porcentuales es la diferencia entre \
los dos porcentajes tal como se muestran (42.9 − 35.0 = +7.9). La retención (integrantes al final \
entre integrantes en la línea de base) y el índice de diversidad se redondean a la décima más \
cercana, y las mitades hacia arriba. Una columna sin integrantes contados muestra “–” en lugar de \
porcentajes.",
);

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn shown(counts: &[u32]) -> Vec<String> {
        shares(counts)
            .iter()
            .map(|s| s.map_or("–".to_string(), |s| s.to_string()))
            .collect()
    }

    #[test]
    fn paper_overall_columns() {
        assert_eq!(shown(&[70, 73, 57]), ["35.0", "36.5", "28.5"]);
        assert_eq!(shown(&[60, 59, 21]), ["42.9", "42.1", "15.0"]);
    }

    #[test]
    fn zero_total_gives_none() {
        assert_eq!(shares(&[0, 0, 0]), vec![None, None, None]);
        assert_eq!(shares(&[]), Vec::<Option<Share>>::new());
        assert_eq!(shown(&[0, 0]), ["–", "–"]);
    }

    #[test]
    fn ties_go_to_the_first_row() {
        assert_eq!(shown(&[1, 1, 1]), ["33.4", "33.3", "33.3"]);
        assert_eq!(shown(&[0, 5, 0]), ["0.0", "100.0", "0.0"]);
        assert_eq!(shown(&[u32::MAX, u32::MAX, 1]), ["50.0", "50.0", "0.0"]);
    }

    #[test]
    fn display_and_bounds() {
        assert_eq!(Share::FULL.to_string(), "100.0");
        assert_eq!(Share::ZERO.to_string(), "0.0");
        assert_eq!(Share::from_tenths(1001), None);
        assert_eq!(
            Share::from_tenths(5).map(|s| s.to_string()),
            Some("0.5".into())
        );
        assert_eq!(Share(429).percent(), 42.9);
    }

    #[test]
    fn single_rounding_is_half_up() {
        assert_eq!(tenths_of_percent(20, 42), Some(476)); // 47.619…
        assert_eq!(tenths_of_percent(140, 200), Some(700));
        assert_eq!(tenths_of_percent(1, 2000), Some(1)); // 0.05 → 0.1
        assert_eq!(tenths_of_percent(1, 0), None);
    }

    proptest! {
        #[test]
        fn every_column_sums_to_1000_tenths(counts in prop::collection::vec(0u32..200_000, 0..15)) {
            let s = shares(&counts);
            prop_assert_eq!(s.len(), counts.len());
            let total: u64 = counts.iter().map(|&c| u64::from(c)).sum();
            if total == 0 {
                prop_assert!(s.iter().all(Option::is_none));
            } else {
                let sum: u32 = s.iter().map(|x| x.map_or(0, |x| u32::from(x.tenths()))).sum();
                prop_assert_eq!(sum, 1000);
            }
        }

        #[test]
        fn shares_are_close_monotone_and_agree_with_plain_rounding(counts in prop::collection::vec(0u32..1000, 1..10)) {
            let total: u64 = counts.iter().map(|&c| u64::from(c)).sum();
            prop_assume!(total > 0);
            let s: Vec<u64> = shares(&counts).iter().map(|x| x.map_or(0, |x| u64::from(x.tenths()))).collect();
            for (i, &c) in counts.iter().enumerate() {
                let exact = u64::from(c) * 1000; // share * total, scaled
                prop_assert!(s[i] * total + total > exact && exact + total > s[i] * total);
                if c == 0 { prop_assert_eq!(s[i], 0); }
                for (j, &d) in counts.iter().enumerate() {
                    if c > d { prop_assert!(s[i] >= s[j]); }
                }
            }
            let plain: Vec<u64> = counts.iter().map(|&c| (u64::from(c) * 2000 + total) / (2 * total)).collect();
            if plain.iter().sum::<u64>() == 1000 {
                prop_assert_eq!(s, plain);
            }
        }

        #[test]
        fn sums_hold_for_extreme_counts(counts in prop::collection::vec(any::<u32>(), 1..8)) {
            let sum: u32 = shares(&counts).iter().map(|x| x.map_or(0, |x| u32::from(x.tenths()))).sum();
            let total: u64 = counts.iter().map(|&c| u64::from(c)).sum();
            prop_assert_eq!(sum, if total == 0 { 0 } else { 1000 });
        }
    }
}
