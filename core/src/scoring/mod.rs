//! Scoring a CoP on the paper's five criteria (Table 1 of Alcalde-Rabanal, Becerril-Montekio
//! & Langlois, Implementation Science 2018;13:41).
//!
//! Each criterion is rated 1, 3 or 5; the five ratings add up to a total of 5–25, and the total
//! falls in a band (sub-optimal, needs strengthening, optimal). Several raters may rate a CoP
//! independently; the team then agrees a consensus rating per criterion, which is what counts.
//!
//! One concept per file:
//! - `criteria`: the five criteria and their descriptors, as bilingual data;
//! - `rating`: a rating that can only be 1, 3 or 5;
//! - `bands`: the bands and their (configurable, validated) cut-points;
//! - `assessment`: one dated assessment of a CoP, with raters and the consensus;
//! - `consensus`: how far the raters agree, and a suggested consensus;
//! - `history`: a CoP's assessments over time;
//! - `wizard`: the steps of the scoring wizard (details, five criteria, review);
//! - `drafts`: which assessment the wizard opens, and starting the next one;
//! - `example`: illustrative per-criterion values for the six CoPs of the paper's Fig. 4.

pub mod assessment;
pub mod bands;
pub mod consensus;
pub mod criteria;
pub mod drafts;
pub mod example;
pub mod history;
pub mod rating;
pub mod wizard;

pub use assessment::{is_iso_date, Assessment, AssessmentError, Rater, WIZARD_REVIEW_STEP};
pub use bands::{Band, BandCuts, BandCutsError, TOTAL_MAX, TOTAL_MIN};
pub use consensus::{suggest, Agreement};
pub use criteria::{criterion, Criterion, CriterionId, UnknownCriterion, CRITERIA};
pub use drafts::{assessment_to_open, current_draft};
pub use example::{ExampleCop, FIG4_ILLUSTRATIVE};
pub use history::{history, latest_complete, signed, HistoryRow};
pub use rating::Rating;
pub use wizard::{WizardStep, WIZARD_STEPS};
