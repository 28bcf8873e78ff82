//! The Práctica method as plain Rust: no Leptos, no web-sys, no JavaScript.
//!
//! Everything a screen shows as a number is computed here, so it can be tested natively and
//! fast. The app (`src/`) only turns user events into calls on these types and renders results.
//! Source of the method: Alcalde-Rabanal, Becerril-Montekio & Langlois, Implementation Science
//! 2018;13:41 (see `docs/ARCHITECTURE.md`).

pub mod community;
pub mod composition;
pub mod exchange;
pub mod paging;
pub mod programme;
pub mod scoring;
pub mod summary;
pub mod text;
pub mod workspace;

pub use community::{Community, CommunityFields, CommunityId, FieldError};
pub use workspace::{Workspace, WorkspaceError, SCHEMA_VERSION};
