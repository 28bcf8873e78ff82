//! The executive summary in the CFHI 1:3:25 format (product (c) of the paper; Table 4).
//!
//! 1 page of main messages that say what to do, a 3-page executive summary, a report of at
//! most 25 pages. Page limits are the published rule; words per page are ours (`Budgets`).
//!
//! - `model`: the data (`Summary`, `Message`, `Finding`, `Recommendation`, `Section`).
//! - `section`: section kinds and their labels. `edit`: editing operations for the UI.
//! - `words`, `budget`: word counts and page budgets per layer.
//! - `checks` (with `heuristics`, `fold`): warnings that advise, never block.
//! - `markdown`, `html` (with `blocks`, `labels`): exports; `filename`: their file names.
//! - `example`: a filled-in example; `example_cop`: the new CoP that holds it.
//! - For the builder screen: `budget_input` (settings as typed), `numbers` (counter text),
//!   `overview` (a summary at a glance, warnings per layer, starting from the template).

mod blocks;
mod budget;
mod budget_input;
mod checks;
mod edit;
mod example;
mod example_cop;
mod filename;
mod fold;
mod heuristics;
mod html;
pub mod labels;
mod markdown;
mod model;
mod numbers;
mod overview;
mod section;
pub mod words;

pub use blocks::{blocks, Block};
pub use budget::{BudgetError, Budgets, Layer, LayerCount, WORDS_PER_PAGE_MAX, WORDS_PER_PAGE_MIN};
pub use budget_input::{BudgetField, BudgetTexts};
pub use checks::{check, Target, Warning, WarningKind, MAX_MESSAGES, MIN_MESSAGES};
pub use edit::{insert_item, move_item, push_item, remove_item, EditError, Identified, Move, Part};
pub use example::{example_summary, EXAMPLE_COP_NAME};
pub use example_cop::example_cop_fields;
pub use filename::export_file_name;
pub use heuristics::{has_action, more_research_phrase, restates, MORE_RESEARCH_PHRASES};
pub use html::{escape as escape_html, to_html};
pub use markdown::{escape_inline as escape_markdown, to_markdown};
pub use model::{Finding, Message, Recommendation, Section, Summary};
pub use numbers::{group_thousands, tenths_text};
pub use overview::{warnings_in, Overview};
pub use section::SectionKind;
