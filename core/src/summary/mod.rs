//! The executive summary in the CFHI 1:3:25 format (product (c) of the paper; Table 4).
//!
//! 1 page of main messages that say what to do, a 3-page executive summary, a report of at
//! most 25 pages. Page limits are the published rule; words per page are ours (`Budgets`).
//!
//! - `model`: the data (`Summary`, `Message`, `Finding`, `Recommendation`, `Section`).
//! - `section`: section kinds and their labels. `edit`: editing operations for the UI.
//! - `words`, `budget`: word counts and page budgets per layer.
//! - `checks` (with `heuristics`, `fold`): warnings that advise, never block.
//! - `markdown`, `html` (with `blocks`, `labels`): exports. `example`: a filled-in example.

mod blocks;
mod budget;
mod checks;
mod edit;
mod example;
mod fold;
mod heuristics;
mod html;
mod labels;
mod markdown;
mod model;
mod section;
pub mod words;

pub use blocks::{blocks, Block};
pub use budget::{BudgetError, Budgets, Layer, LayerCount, WORDS_PER_PAGE_MAX, WORDS_PER_PAGE_MIN};
pub use checks::{check, Target, Warning, WarningKind, MAX_MESSAGES, MIN_MESSAGES};
pub use edit::{insert_item, move_item, push_item, remove_item, EditError, Identified, Move, Part};
pub use example::{example_summary, EXAMPLE_COP_NAME};
pub use heuristics::{has_action, more_research_phrase, restates, MORE_RESEARCH_PHRASES};
pub use html::{escape as escape_html, to_html};
pub use markdown::{escape_inline as escape_markdown, to_markdown};
pub use model::{Finding, Message, Recommendation, Section, Summary};
pub use section::SectionKind;
