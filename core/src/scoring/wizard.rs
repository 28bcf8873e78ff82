//! The steps of the scoring wizard: the assessment details, one step per criterion, and a
//! review. Held here (not in the UI) because the position is stored in the assessment
//! (`Assessment::wizard_step`) so that leaving and coming back resumes at the same step.

use crate::scoring::assessment::{Assessment, WIZARD_REVIEW_STEP};
use crate::scoring::criteria::CriterionId;

/// How many steps the wizard has: details, five criteria, review.
pub const WIZARD_STEPS: u8 = WIZARD_REVIEW_STEP + 1;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum WizardStep {
    /// Date, period and raters.
    Details,
    /// Rating one criterion (consensus, raters, evidence note).
    Criterion(CriterionId),
    /// Total, band, what is missing and where raters disagree.
    Review,
}

impl WizardStep {
    /// Every step, in order.
    pub const ALL: [WizardStep; WIZARD_STEPS as usize] = [
        WizardStep::Details,
        WizardStep::Criterion(CriterionId::Integration),
        WizardStep::Criterion(CriterionId::Ownership),
        WizardStep::Criterion(CriterionId::TimelyDelivery),
        WizardStep::Criterion(CriterionId::Feedback),
        WizardStep::Criterion(CriterionId::Influence),
        WizardStep::Review,
    ];

    /// The stored position (0 details, 1..=5 the criterion's number, 6 review).
    pub fn index(self) -> u8 {
        match self {
            WizardStep::Details => 0,
            WizardStep::Criterion(c) => c.number(),
            WizardStep::Review => WIZARD_REVIEW_STEP,
        }
    }

    /// The step at a stored position; anything past the end is the review, as when loading.
    pub fn from_index(index: u8) -> WizardStep {
        WizardStep::ALL[usize::from(index.min(WIZARD_REVIEW_STEP))]
    }

    /// 1-based, for "Step 2 of 7".
    pub fn number(self) -> u8 {
        self.index() + 1
    }

    pub fn next(self) -> Option<WizardStep> {
        (self != WizardStep::Review).then(|| WizardStep::from_index(self.index() + 1))
    }

    pub fn previous(self) -> Option<WizardStep> {
        self.index().checked_sub(1).map(WizardStep::from_index)
    }

    pub fn criterion(self) -> Option<CriterionId> {
        match self {
            WizardStep::Criterion(c) => Some(c),
            _ => None,
        }
    }
}

impl Assessment {
    /// The step the wizard was left at.
    pub fn step(&self) -> WizardStep {
        WizardStep::from_index(self.wizard_step)
    }

    /// Records that the wizard moved to `step`.
    pub fn go_to(&mut self, step: WizardStep, now: i64) {
        self.set_wizard_step(step.index(), now);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_run_details_criteria_review() {
        assert_eq!(WIZARD_STEPS, 7);
        for (i, s) in WizardStep::ALL.iter().enumerate() {
            assert_eq!(usize::from(s.index()), i);
            assert_eq!(WizardStep::from_index(s.index()), *s);
            assert_eq!(usize::from(s.number()), i + 1);
        }
        for c in CriterionId::ALL {
            assert_eq!(WizardStep::Criterion(c).index(), c.number());
            assert_eq!(WizardStep::Criterion(c).criterion(), Some(c));
        }
        assert_eq!(WizardStep::Details.criterion(), None);
        assert_eq!(WizardStep::from_index(200), WizardStep::Review);
    }

    #[test]
    fn next_and_previous_stop_at_the_ends() {
        assert_eq!(WizardStep::Details.previous(), None);
        assert_eq!(WizardStep::Review.next(), None);
        assert_eq!(
            WizardStep::Details.next(),
            Some(WizardStep::Criterion(CriterionId::Integration))
        );
        assert_eq!(WizardStep::Criterion(CriterionId::Influence).next(), Some(WizardStep::Review));
        assert_eq!(
            WizardStep::Review.previous(),
            Some(WizardStep::Criterion(CriterionId::Influence))
        );
        // Walking forward visits every step once.
        let mut walk = vec![WizardStep::Details];
        while let Some(n) = walk.last().and_then(|s| s.next()) {
            walk.push(n);
        }
        assert_eq!(walk, WizardStep::ALL);
    }

    #[test]
    fn the_assessment_remembers_its_step() {
        let mut a = Assessment::new("a", 0);
        assert_eq!(a.step(), WizardStep::Details, "a new draft starts with the details");
        a.go_to(WizardStep::Criterion(CriterionId::Feedback), 5);
        assert_eq!(a.wizard_step, 4);
        assert_eq!(a.updated, 5);
        let back: Assessment = serde_json::from_str(&serde_json::to_string(&a).unwrap()).unwrap();
        assert_eq!(back.step(), WizardStep::Criterion(CriterionId::Feedback));
        a.go_to(WizardStep::Review, 6);
        assert_eq!(a.step(), WizardStep::Review);
    }
}
