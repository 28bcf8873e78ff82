//! The programme level (issue 7): every CoP of a workspace at a glance, the products and
//! factors behind the scores, the charts, and the paper's example workspace.
//!
//! One concept per file:
//! - `products`: the three main products, their dates, quality and status;
//! - `timeliness`: criterion 3's suggested rating from the products;
//! - `factors`: the barriers and facilitating factors log, with the paper's as suggestions;
//! - `dashboard`: rows, band counts and member totals, filtered and sorted;
//! - `charts`: geometry and text alternatives for the Fig. 4, profile and composition charts;
//! - `example` (with `example_texts`): the paper's six CoPs as a workspace;
//! - `merge`: adding the example's CoPs to a team's workspace as new CoPs.

pub mod charts;
pub mod dashboard;
pub mod example;
mod example_texts;
pub mod factors;
pub mod merge;
pub mod products;
pub mod timeliness;

pub use dashboard::{dashboard, BandCounts, Dashboard, Filter, MemberTotals, Row, Sort, SortKey};
pub use example::{example_workspace, EXAMPLE_NAME};
pub use factors::{
    add_factor, edit_factor, remove_factor, restore_factor, Effect, Factor, FactorError,
    FactorFields, FactorSuggestion, Scope, DESCRIPTION_MAX, FACTOR_SUGGESTIONS,
};
pub use merge::add_as_new_cops;
pub use products::{Product, ProductError, ProductKind, ProductStatus, Products, Quality};
pub use timeliness::{suggest_timely_delivery, Basis, Suggestion, Unknown, CRITERION3_RULE};
