//! Which assessment the wizard works on, and starting the next one (e.g. the endline after a
//! baseline).

use crate::scoring::assessment::{Assessment, Rater};
use crate::scoring::history::latest_complete;

/// The draft being worked on: the incomplete assessment changed most recently (ties broken
/// by creation time, then id, so the choice never depends on storage order).
pub fn current_draft(assessments: &[Assessment]) -> Option<&Assessment> {
    assessments
        .iter()
        .filter(|a| !a.is_complete())
        .max_by(|a, b| (a.updated, a.created, &a.id).cmp(&(b.updated, b.created, &b.id)))
}

/// What the wizard opens for a CoP: the current draft if there is one (resume it), otherwise
/// the latest complete assessment (to review or correct it, or start the next one), otherwise
/// nothing (the caller starts a new draft).
pub fn assessment_to_open(assessments: &[Assessment]) -> Option<&Assessment> {
    current_draft(assessments).or_else(|| latest_complete(assessments))
}

impl Assessment {
    /// A new draft that follows `previous`: the same raters (the same research team usually
    /// rates again), without their ratings; no date, period, consensus or notes, since those
    /// belong to the new period.
    pub fn follow_up(previous: &Assessment, id: impl Into<String>, now: i64) -> Assessment {
        let raters = previous
            .raters
            .iter()
            .map(|r| Rater { id: r.id.clone(), name: r.name.clone(), ratings: Default::default() })
            .collect();
        Assessment { raters, ..Assessment::new(id, now) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scoring::criteria::CriterionId;
    use crate::scoring::rating::Rating;

    fn with(id: &str, date: &str, created: i64, updated: i64, complete: bool) -> Assessment {
        let mut a = Assessment::new(id, created);
        a.date = date.into();
        for c in CriterionId::ALL {
            if complete || c == CriterionId::Integration {
                a.set_consensus(c, Some(Rating::Three), updated);
            }
        }
        a.updated = updated;
        a
    }

    #[test]
    fn nothing_to_open_in_an_empty_list() {
        assert!(current_draft(&[]).is_none());
        assert!(assessment_to_open(&[]).is_none());
    }

    #[test]
    fn a_draft_is_resumed_before_any_complete_assessment() {
        let list = vec![
            with("base", "2013-06-01", 1, 10, true),
            with("old-draft", "", 2, 20, false),
            with("new-draft", "", 3, 30, false),
            with("end", "2015-05-31", 4, 40, true),
        ];
        assert_eq!(current_draft(&list).map(|a| a.id.as_str()), Some("new-draft"));
        assert_eq!(assessment_to_open(&list).map(|a| a.id.as_str()), Some("new-draft"));
    }

    #[test]
    fn without_drafts_the_latest_complete_opens() {
        let list =
            vec![with("end", "2015-05-31", 2, 5, true), with("base", "2013-06-01", 1, 50, true)];
        assert!(current_draft(&list).is_none());
        // By date, not by when it was last edited: correcting the baseline does not make it
        // the latest.
        assert_eq!(assessment_to_open(&list).map(|a| a.id.as_str()), Some("end"));
    }

    #[test]
    fn equal_update_times_are_broken_by_creation_then_id() {
        let list = vec![with("b", "", 1, 9, false), with("a", "", 1, 9, false)];
        assert_eq!(current_draft(&list).map(|a| a.id.as_str()), Some("b"));
        let list = vec![with("z", "", 1, 9, false), with("a", "", 2, 9, false)];
        assert_eq!(current_draft(&list).map(|a| a.id.as_str()), Some("a"));
    }

    #[test]
    fn a_follow_up_keeps_the_raters_but_nothing_rated() {
        let mut base = with("base", "2013-06-01", 1, 10, true);
        base.period = "2013".into();
        base.add_rater("r1", "Ana", 11).unwrap();
        base.set_rater_rating("r1", CriterionId::Feedback, Some(Rating::Five), 12).unwrap();
        base.set_note(CriterionId::Feedback, "Presented to SILAIS", 13).unwrap();
        base.wizard_step = 6;
        let next = Assessment::follow_up(&base, "end", 100);
        assert_eq!(next.id, "end");
        assert_eq!(next.raters.len(), 1);
        assert_eq!(next.raters[0].name, "Ana");
        assert!(next.raters[0].ratings.is_empty());
        assert!(next.consensus.is_empty() && next.notes.is_empty());
        assert!(next.date.is_empty() && next.period.is_empty());
        assert_eq!((next.wizard_step, next.created, next.updated), (0, 100, 100));
    }
}
