//! A CoP's assessments over time: totals, bands and how they moved.

use crate::scoring::assessment::Assessment;
use crate::scoring::bands::{Band, BandCuts};

/// One line of a CoP's scoring history.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HistoryRow {
    pub assessment_id: String,
    pub date: String,
    pub period: String,
    /// `None` while the assessment is incomplete.
    pub total: Option<u8>,
    pub band: Option<Band>,
    /// This total minus the previous complete assessment's (even, -20..=20). `None` for an
    /// incomplete assessment and for the first complete one.
    pub change: Option<i8>,
    /// The band differs from the previous complete assessment's. False when there is nothing
    /// to compare with.
    pub band_changed: bool,
}

impl HistoryRow {
    /// The change as shown in tables: "+4", "−2" (a true minus sign, which screen readers
    /// read as "minus") or "0"; `None` when there is nothing to compare with.
    pub fn change_text(&self) -> Option<String> {
        self.change.map(signed)
    }
}

/// A difference with its sign always written.
pub fn signed(n: i8) -> String {
    match n {
        0 => "0".to_string(),
        n if n > 0 => format!("+{n}"),
        n => format!("\u{2212}{}", n.unsigned_abs()),
    }
}

/// The assessments in time order: by date, then by creation time, then by id so the order
/// never depends on how they happen to be stored. Undated drafts go last: a draft without a
/// date is normally the one being worked on now, and ISO dates compare correctly as text.
fn chronological(assessments: &[Assessment]) -> Vec<&Assessment> {
    let mut out: Vec<&Assessment> = assessments.iter().collect();
    out.sort_by(|a, b| {
        (a.date.is_empty(), &a.date, a.created, &a.id).cmp(&(
            b.date.is_empty(),
            &b.date,
            b.created,
            &b.id,
        ))
    });
    out
}

/// One row per assessment, oldest first (see `chronological` for the order). Each complete
/// assessment is compared with the previous complete one; incomplete ones are listed but
/// skipped in the comparison, so a half-finished draft never shows as a drop.
pub fn history(assessments: &[Assessment], cuts: &BandCuts) -> Vec<HistoryRow> {
    let mut previous: Option<(u8, Option<Band>)> = None;
    chronological(assessments)
        .into_iter()
        .map(|a| {
            let total = a.total();
            let band = a.band(cuts);
            let (change, band_changed) = match (total, previous) {
                (Some(t), Some((p, p_band))) => {
                    // Totals are at most 25, so the difference fits an i8.
                    (Some(i8::try_from(i16::from(t) - i16::from(p)).unwrap_or(0)), band != p_band)
                }
                _ => (None, false),
            };
            if let Some(t) = total {
                previous = Some((t, band));
            }
            HistoryRow {
                assessment_id: a.id.clone(),
                date: a.date.clone(),
                period: a.period.clone(),
                total,
                band,
                change,
                band_changed,
            }
        })
        .collect()
}

/// The most recent complete assessment, in the same order as `history`.
pub fn latest_complete(assessments: &[Assessment]) -> Option<&Assessment> {
    chronological(assessments).into_iter().rev().find(|a| a.is_complete())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scoring::criteria::CriterionId;
    use crate::scoring::rating::Rating;

    fn scored(id: &str, date: &str, created: i64, values: [u8; 5]) -> Assessment {
        let mut a = Assessment::new(id, created);
        a.date = date.to_string();
        for (c, v) in CriterionId::ALL.into_iter().zip(values) {
            a.set_consensus(c, Rating::from_value(v), created);
        }
        a
    }

    #[test]
    fn changes_compare_with_the_previous_complete_assessment() {
        let list = vec![
            // Stored out of order on purpose.
            scored("c", "2015-05-31", 3, [5, 5, 5, 3, 3]), // 21, optimal
            scored("a", "2013-06-01", 1, [1, 1, 3, 3, 3]), // 11, sub-optimal
            scored("draft", "", 9, [5, 0, 0, 0, 0]),       // incomplete, undated
            scored("b", "2014-06-01", 2, [3, 3, 3, 1, 3]), // 13, needs strengthening
            scored("b2", "2014-06-01", 5, [0, 3, 3, 1, 3]), // incomplete, same date, later
            scored("d", "2016-01-10", 4, [5, 5, 5, 3, 1]), // 19, needs strengthening
        ];
        let rows = history(&list, &BandCuts::default());
        let ids: Vec<_> = rows.iter().map(|r| r.assessment_id.as_str()).collect();
        assert_eq!(ids, ["a", "b", "b2", "c", "d", "draft"]);
        let totals: Vec<_> = rows.iter().map(|r| r.total).collect();
        assert_eq!(totals, [Some(11), Some(13), None, Some(21), Some(19), None]);
        let changes: Vec<_> = rows.iter().map(|r| r.change).collect();
        assert_eq!(changes, [None, Some(2), None, Some(8), Some(-2), None]);
        let moved: Vec<_> = rows.iter().map(|r| r.band_changed).collect();
        assert_eq!(moved, [false, true, false, true, true, false]);
        assert_eq!(rows[3].band, Some(Band::Optimal));
        assert_eq!(rows[2].band, None);
        assert_eq!(latest_complete(&list).map(|a| a.id.as_str()), Some("d"));
    }

    #[test]
    fn changes_are_written_with_their_sign() {
        assert_eq!(signed(4), "+4");
        assert_eq!(signed(-2), "\u{2212}2");
        assert_eq!(signed(0), "0");
        assert_eq!(signed(-20), "\u{2212}20");
        let list = vec![
            scored("a", "2013-01-01", 1, [5, 3, 3, 3, 1]),
            scored("b", "2015-01-01", 2, [5, 5, 3, 3, 3]),
        ];
        let rows = history(&list, &BandCuts::default());
        assert_eq!(rows[0].change_text(), None);
        assert_eq!(rows[1].change_text().as_deref(), Some("+4"));
    }

    #[test]
    fn same_band_is_not_a_band_change() {
        let list = vec![
            scored("a", "2013-01-01", 1, [1, 1, 1, 1, 1]),
            scored("b", "2014-01-01", 2, [3, 3, 3, 1, 1]),
        ];
        let rows = history(&list, &BandCuts::default());
        assert_eq!(rows[1].change, Some(6));
        assert!(!rows[1].band_changed);
    }

    #[test]
    fn empty_and_incomplete_histories() {
        assert!(history(&[], &BandCuts::default()).is_empty());
        assert!(latest_complete(&[]).is_none());
        let drafts = vec![Assessment::new("x", 1), scored("y", "2013-01-01", 2, [5, 5, 5, 5, 0])];
        assert!(latest_complete(&drafts).is_none());
        let rows = history(&drafts, &BandCuts::default());
        assert!(rows.iter().all(|r| r.total.is_none() && r.change.is_none() && !r.band_changed));
    }

    #[test]
    fn created_breaks_ties_between_equal_dates() {
        let list = vec![
            scored("late", "2014-01-01", 20, [5, 5, 5, 5, 5]),
            scored("early", "2014-01-01", 10, [1, 1, 1, 1, 1]),
        ];
        let rows = history(&list, &BandCuts::default());
        assert_eq!(rows[0].assessment_id, "early");
        assert_eq!(rows[1].change, Some(20));
        assert_eq!(latest_complete(&list).map(|a| a.id.as_str()), Some("late"));
    }
}
