//! Sharing and safety: moving a workspace (or one CoP) between teams as a JSON file.
//!
//! Teams have no server in common: they export a file, send it by e-mail or USB stick, and the
//! other team imports it. So the file is the only contract between two copies of the app, and
//! possibly two versions of it. This module owns that contract:
//!
//! - `envelope`: what a file looks like (`{"format":"practica","kind":…,"schema_version":…}`);
//! - `export`: workspace and single-CoP exports, pretty-printed and in stable key order so files
//!   diff well; suggested file names;
//! - `migrate`: the schema history, applied to raw JSON before typed parsing;
//! - `import`: the whole pipeline from bytes to a checked workspace, never panicking;
//! - `locate`, `serde_text`, `path`: typed parsing whose errors become bilingual problems with
//!   the JSON path where they are;
//! - `validate`, `validate_cop`: the checks types cannot express (unique ids, limits, links);
//! - `errors`, `problem`: every way an import can fail, and each located problem inside a
//!   file, with messages in English and Spanish;
//! - `merge`, `names`, `changes`: previewing and applying an import into the current workspace,
//!   without touching it (the UI keeps the old one for undo), and what changed for storage.
//!
//! Schema history (bump `SCHEMA_VERSION` and add a step in `migrate` for every change):
//! - 1: the first release exported the bare workspace object (`{"schema_version":1,…}`);
//! - 2: the same workspace wrapped in an envelope that says what the file is, which app
//!   version wrote it and when.

mod changes;
mod envelope;
mod errors;
mod export;
mod import;
mod locate;
mod merge;
mod migrate;
mod names;
mod path;
mod problem;
mod record;
mod serde_text;
mod validate;
mod validate_cop;

pub mod backup;
pub use backup::{backup_overdue_days, BACKUP_NUDGE_DAYS};
pub use changes::{changed_ids, Changes};
pub use envelope::{Kind, FORMAT};
pub use errors::ImportError;
pub use export::{export_community, export_workspace, suggested_file_name, ExportError};
pub use import::{parse_import, Incoming};
pub use merge::{
    apply_merge, plan_merge, Choice, Conflict, CopSummary, MergeError, MergeOutcome, MergePlan,
    MergeReport, Renamed,
};
pub use names::unique_name;
pub use problem::{Found, Issue, Problem, Wanted};
pub use record::read_record;
pub use validate::{ID_MAX, MAX_PROBLEMS};

/// Largest file we read. A workspace of a whole programme (dozens of CoPs, years of
/// assessments, full summaries) is a few hundred kilobytes; 5 MB leaves ample room while
/// refusing, before any parsing, a video or a database dump picked by mistake.
pub const MAX_IMPORT_BYTES: usize = 5 * 1024 * 1024;
