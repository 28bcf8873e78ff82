//! Membership composition (the paper's Table 2): how many members of each profession every
//! CoP has at shared snapshots (baseline, end), and the maths the calculator shows on them:
//! shares that add up to 100.0, country and overall totals, change between snapshots,
//! retention and profile diversity. Plain integer arithmetic throughout, so every figure is
//! exact and reproducible to the digit.
//!
//! One concept per file:
//! - `profession`: the profession rows (built-ins and a team's own);
//! - `snapshot`: the moments at which members are counted;
//! - `counts`: a CoP's counts and how a typed count is read;
//! - `roles`: champion, facilitator, strategic/tactical split;
//! - `share`: one-decimal percentages and the rounding that makes columns add up;
//! - `table`: the Table 2 layout for one snapshot;
//! - `compare`: baseline versus end;
//! - `diversity`: the profile-diversity indicator;
//! - `csv`: the table as a spreadsheet file;
//! - `paper`: the paper's Table 2 as a workspace;
//! - `chart`: the stacked bars of the composition chart;
//! - `workspace_ops`: adding, renaming, removing (with undo) and reordering professions and
//!   snapshots across the whole workspace.

mod ids;

pub mod chart;
pub mod compare;
pub mod counts;
pub mod csv;
pub mod diversity;
pub mod paper;
pub mod profession;
pub mod roles;
pub mod share;
pub mod snapshot;
pub mod table;
pub mod workspace_ops;

pub use chart::{stacked_bars, Bar, BarGroup, Segment};
pub use compare::{
    default_pair, signed_count, ColumnChange, Comparison, Percent, Points, RowChange,
};
pub use counts::{parse_count, CopComposition, CountError, COUNT_MAX};
pub use csv::{table_to_csv, text_field, UTF8_BOM};
pub use diversity::{diversity, Diversity, DIVERSITY_EXPLANATION};
pub use paper::{paper_table2_workspace, paper_table2_workspace_in, PAPER_BASELINE, PAPER_END};
pub use profession::{
    default_professions, new_profession, rename_profession, Profession, ProfessionError, NURSES,
    OTHER, PHYSICIANS, PROFESSIONS_MAX, PROFESSION_NAME_MAX,
};
pub use roles::{
    clean_person_name, parse_split_count, PersonNameError, SplitIssue, StaffSplit, PERSON_NAME_MAX,
};
pub use share::{shares, Share, ROUNDING_EXPLANATION};
pub use snapshot::{
    edit_snapshot, is_iso_date, new_snapshot, SnapshotDef, SnapshotError, SNAPSHOTS_MAX,
    SNAPSHOT_LABEL_MAX,
};
pub use table::{Cell, Column, ColumnKind, CompositionTable};
pub use workspace_ops::{RemovedProfession, RemovedSnapshot, SetupError, Usage};
