//! The six CoPs of the paper's Fig. 4, for the example workspace.
//!
//! The paper reports only each CoP's total; the per-criterion values below are ILLUSTRATIVE,
//! chosen by us to add up to each reported total and to agree with the paper's text as far as
//! odd values allow:
//! - Hidalgo and Morelos scored 5 on every criterion (25); Jinotega 1 on every criterion (5).
//! - Integration was highest in Chontales, Hidalgo and Morelos, so only they have a 5 there.
//! - Only Hidalgo and Morelos saw their results used by health authorities (influence 5).
//! - Chontales (15) presented to its regional authorities and delivered its protocol, but its
//!   literature review fell short.
//! - Veracruz (11) could not follow the methods and delivered its protocol late; it did not
//!   present to the state's authorities. To reach 11 we assume it shared results with fellow
//!   staff (feedback 3): the paper does not say.
//! - Matagalpa (11) adapted some methods and delivered protocols, but did not share results
//!   with the authorities.
//!
//! The example workspace must label these values as illustrative wherever it shows them.

use std::collections::BTreeMap;

use crate::scoring::criteria::CriterionId;
use crate::scoring::rating::Rating;
use crate::text::Bilingual;

use Rating::{Five, One, Three};

/// One CoP of Fig. 4.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExampleCop {
    pub name: &'static str,
    pub country: Bilingual,
    /// In the order of `CriterionId::ALL`. Illustrative (see the module documentation).
    pub ratings: [Rating; 5],
    /// The total the paper reports in Fig. 4; tests check that `ratings` add up to it.
    pub reported_total: u8,
}

impl ExampleCop {
    pub fn rating(&self, criterion: CriterionId) -> Rating {
        self.ratings[criterion.index()]
    }

    /// The ratings keyed by criterion, ready for `Assessment::consensus`.
    pub fn consensus(&self) -> BTreeMap<CriterionId, Rating> {
        CriterionId::ALL.into_iter().zip(self.ratings).collect()
    }

    pub fn total(&self) -> u8 {
        self.ratings.iter().map(|r| r.value()).sum()
    }
}

const MEXICO: Bilingual = Bilingual::new("Mexico", "México");
const NICARAGUA: Bilingual = Bilingual::new("Nicaragua", "Nicaragua");

/// Mexico's three states, then Nicaragua's three departments, as in the paper's tables.
/// Rating order: integration, ownership, timely delivery, feedback, influence.
pub const FIG4_ILLUSTRATIVE: [ExampleCop; 6] = [
    ExampleCop {
        name: "Hidalgo",
        country: MEXICO,
        ratings: [Five, Five, Five, Five, Five],
        reported_total: 25,
    },
    ExampleCop {
        name: "Morelos",
        country: MEXICO,
        ratings: [Five, Five, Five, Five, Five],
        reported_total: 25,
    },
    ExampleCop {
        name: "Veracruz",
        country: MEXICO,
        ratings: [Three, One, Three, Three, One],
        reported_total: 11,
    },
    ExampleCop {
        name: "Chontales",
        country: NICARAGUA,
        ratings: [Five, Three, Three, Three, One],
        reported_total: 15,
    },
    ExampleCop {
        name: "Jinotega",
        country: NICARAGUA,
        ratings: [One, One, One, One, One],
        reported_total: 5,
    },
    ExampleCop {
        name: "Matagalpa",
        country: NICARAGUA,
        ratings: [Three, Three, Three, One, One],
        reported_total: 11,
    },
];
