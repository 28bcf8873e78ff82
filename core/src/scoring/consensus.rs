//! How far independent raters agree, criterion by criterion.
//!
//! In the paper the research team rated each CoP and then reached a consensus. The app shows
//! each criterion's ratings side by side, flags disagreements for discussion, and suggests a
//! starting point; the team still decides the consensus (`Assessment::set_consensus`).

use crate::scoring::assessment::Assessment;
use crate::scoring::criteria::CriterionId;
use crate::scoring::rating::Rating;

/// What the raters said about one criterion.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Agreement {
    pub criterion: CriterionId,
    /// (rater name, rating) for each rater who rated this criterion, in rater order.
    pub ratings: Vec<(String, Rating)>,
    /// Highest minus lowest rating: 0, 2 or 4 (0 when fewer than two rated).
    pub spread: u8,
    /// No two raters differ. Trivially true when fewer than two rated.
    pub agrees: bool,
    /// The median of the raters' values; `None` when nobody rated. See `suggest`.
    pub suggestion: Option<Rating>,
}

/// The median rating, taking the lower middle value when the count is even.
///
/// Why a median: one unusually harsh or generous rater should not pull the suggestion, as
/// they would pull a mean. Why the lower middle: with only 1, 3 and 5 allowed, the midpoint
/// of two middle values (e.g. 3 and 5 → 4) is not a rating at all, so one of the two must be
/// chosen, and the lower is the cautious choice. Bands decide which CoPs get support;
/// understating a CoP at worst offers help it may not need, whereas overstating it could
/// withhold help from one that does. It is only a suggestion: the team discusses and decides.
pub fn suggest(ratings: &[Rating]) -> Option<Rating> {
    let mut sorted = ratings.to_vec();
    sorted.sort();
    // For n = 0 this is `get(0)` on an empty vector: `None`, no underflow (saturating_sub).
    sorted.get(sorted.len().saturating_sub(1) / 2).copied()
}

impl Agreement {
    /// The lowest and highest rating given, for "ratings range from 1 to 5"; `None` when
    /// nobody rated.
    pub fn range(&self) -> Option<(Rating, Rating)> {
        let values = self.ratings.iter().map(|(_, v)| *v);
        Some((values.clone().min()?, values.max()?))
    }
}

fn agreement(assessment: &Assessment, criterion: CriterionId) -> Agreement {
    let ratings: Vec<(String, Rating)> = assessment
        .raters
        .iter()
        .filter_map(|r| r.ratings.get(&criterion).map(|v| (r.name.clone(), *v)))
        .collect();
    let values: Vec<Rating> = ratings.iter().map(|(_, v)| *v).collect();
    let spread = match (values.iter().min(), values.iter().max()) {
        (Some(lo), Some(hi)) => hi.value() - lo.value(),
        _ => 0,
    };
    Agreement { criterion, ratings, spread, agrees: spread == 0, suggestion: suggest(&values) }
}

impl Assessment {
    /// One entry per criterion, in the paper's order, including criteria nobody has rated yet
    /// (empty `ratings`), so the comparison table always has its five rows.
    pub fn agreements(&self) -> Vec<Agreement> {
        CriterionId::ALL.into_iter().map(|c| agreement(self, c)).collect()
    }

    /// Only the criteria on which raters differ: what the consensus discussion is about.
    pub fn disagreements(&self) -> Vec<Agreement> {
        self.agreements().into_iter().filter(|a| a.spread > 0).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Rating::{Five, One, Three};

    /// An assessment with one rater per column of `table`; `table[i][c]` is rater i's rating
    /// of criterion c (`None` = not rated).
    fn rated(table: &[[Option<Rating>; 5]]) -> Assessment {
        let mut a = Assessment::new("a", 0);
        for (i, row) in table.iter().enumerate() {
            let id = format!("r{i}");
            a.add_rater(id.clone(), &format!("Rater {i}"), 1).unwrap();
            for (c, v) in CriterionId::ALL.into_iter().zip(row) {
                a.set_rater_rating(&id, c, *v, 2).unwrap();
            }
        }
        a
    }

    #[test]
    fn median_takes_the_lower_middle() {
        assert_eq!(suggest(&[]), None);
        assert_eq!(suggest(&[Three]), Some(Three));
        assert_eq!(suggest(&[Five, Three]), Some(Three));
        assert_eq!(suggest(&[Five, One]), Some(One));
        assert_eq!(suggest(&[Five, One, Five]), Some(Five));
        assert_eq!(suggest(&[One, Five, Three]), Some(Three));
        assert_eq!(suggest(&[Five, Five, One, One]), Some(One));
        assert_eq!(suggest(&[Five, Five, Three, One]), Some(Three));
    }

    #[test]
    fn no_raters_gives_five_empty_rows() {
        let a = Assessment::new("a", 0);
        let rows = a.agreements();
        assert_eq!(rows.len(), 5);
        assert!(rows
            .iter()
            .all(|r| r.ratings.is_empty() && r.spread == 0 && r.agrees && r.suggestion.is_none()));
        assert!(a.disagreements().is_empty());
    }

    #[test]
    fn one_rater_always_agrees_with_themself() {
        let a = rated(&[[Some(One), Some(Three), Some(Five), None, Some(Five)]]);
        let rows = a.agreements();
        assert_eq!(rows[0].ratings, vec![("Rater 0".to_string(), One)]);
        assert!(rows.iter().all(|r| r.agrees && r.spread == 0));
        assert_eq!(rows[2].suggestion, Some(Five));
        assert_eq!(rows[3].suggestion, None);
        assert!(a.disagreements().is_empty());
    }

    #[test]
    fn two_raters_spread_and_suggestion() {
        let a = rated(&[
            [Some(One), Some(Three), Some(Five), Some(Three), None],
            [Some(Five), Some(Three), Some(Three), None, Some(One)],
        ]);
        let rows = a.agreements();
        let spreads: Vec<u8> = rows.iter().map(|r| r.spread).collect();
        assert_eq!(spreads, [4, 0, 2, 0, 0]);
        let agrees: Vec<bool> = rows.iter().map(|r| r.agrees).collect();
        assert_eq!(agrees, [false, true, false, true, true]);
        let suggestions: Vec<_> = rows.iter().map(|r| r.suggestion).collect();
        assert_eq!(suggestions, [Some(One), Some(Three), Some(Three), Some(Three), Some(One)]);
        let names: Vec<_> = rows[0].ratings.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["Rater 0", "Rater 1"]);
        assert_eq!(rows[0].range(), Some((One, Five)));
        assert_eq!(rows[1].range(), Some((Three, Three)));
        assert_eq!(rows[4].range(), Some((One, One)));
        assert_eq!(Assessment::new("e", 0).agreements()[0].range(), None);
        let dis: Vec<_> = a.disagreements().iter().map(|d| d.criterion).collect();
        assert_eq!(dis, [CriterionId::Integration, CriterionId::TimelyDelivery]);
    }

    #[test]
    fn three_raters_median_resists_an_outlier() {
        let a = rated(&[
            [Some(Five), Some(Three), Some(One), Some(Five), Some(Three)],
            [Some(Five), Some(Three), Some(Three), Some(Five), Some(Three)],
            [Some(One), Some(Three), Some(Five), Some(Five), Some(Five)],
        ]);
        let rows = a.agreements();
        assert_eq!(rows[0].spread, 4);
        assert_eq!(rows[0].suggestion, Some(Five));
        assert_eq!(rows[1].spread, 0);
        assert!(rows[1].agrees);
        assert_eq!(rows[2].suggestion, Some(Three));
        assert_eq!(rows[4].spread, 2);
        assert_eq!(rows[4].suggestion, Some(Three));
        assert_eq!(a.disagreements().len(), 3);
        // Disagreement never touches the consensus: the team sets it.
        assert!(a.consensus.is_empty());
    }
}
