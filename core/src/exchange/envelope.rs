//! The envelope: the few fields around the workspace that say what a file is.
//!
//! `format` lets the importer tell a Práctica file from any other JSON at a glance, `kind`
//! tells the preview whether it is a whole workspace or one CoP, `schema_version` drives the
//! migrations, and `app_version`/`exported_at` help people tell two copies of a file apart.

use serde::{Deserialize, Serialize};

use crate::workspace::Workspace;

/// The value of `"format"` in every Práctica file.
pub const FORMAT: &str = "practica";

/// What an exported file holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A whole workspace: every CoP and the workspace settings.
    Workspace,
    /// One CoP with everything attached, plus the professions and snapshots its counts use.
    Community,
}

impl Kind {
    /// The word used in the file and in suggested file names.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Workspace => "workspace",
            Kind::Community => "community",
        }
    }
}

/// A file as written. Field order is the order in the file, so people opening it in an editor
/// see what it is before the (long) workspace.
#[derive(Serialize)]
pub(crate) struct EnvelopeOut<'a> {
    pub format: &'static str,
    pub kind: Kind,
    pub schema_version: u32,
    pub app_version: &'a str,
    pub exported_at: &'a str,
    pub workspace: &'a Workspace,
}

/// The envelope's own fields as read, once the file has been migrated to the current schema
/// (the workspace is parsed separately, so its problems get paths relative to it).
#[derive(Deserialize)]
pub(crate) struct HeaderIn {
    pub kind: Kind,
    #[serde(default)]
    pub app_version: String,
    #[serde(default)]
    pub exported_at: String,
}
