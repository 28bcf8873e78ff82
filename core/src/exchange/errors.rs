//! Every way an import can fail, with a message in English and Spanish that says what is wrong
//! and where, so that a person holding the file (or the colleague who sent it) can fix it.

use std::fmt;

use super::problem::{quote, Problem};
use crate::text::Lang;

/// Why a file could not be imported. Nothing has been changed when this is returned.
#[derive(Clone, Debug, PartialEq)]
pub enum ImportError {
    /// No bytes, or only spaces.
    Empty,
    /// Larger than [`super::MAX_IMPORT_BYTES`]; refused before reading it.
    TooLarge { size: usize, max: usize },
    /// Not JSON at all. `cut_short` when the text ends in the middle of a value, as a file
    /// truncated by a failed download or copy does.
    NotJson { line: usize, column: usize, cut_short: bool },
    /// JSON, but not from Práctica: `format` is the other program's own label, if it has one.
    NotPractica { format: Option<String> },
    /// Written by a newer Práctica, with a layout this app cannot know.
    Newer { found: u64, supported: u32 },
    /// A Práctica file with problems inside, each with its JSON path. At most
    /// [`super::MAX_PROBLEMS`] are kept; `more` counts the rest.
    Invalid { problems: Vec<Problem>, more: usize },
}
/// "5 MB", or "5.3 MB" when it is not a whole number of megabytes.
fn megabytes(bytes: usize) -> String {
    const MB: usize = 1024 * 1024;
    let tenths = bytes.saturating_mul(10).saturating_add(MB / 2) / MB;
    if tenths.is_multiple_of(10) {
        format!("{} MB", tenths / 10)
    } else {
        format!("{}.{} MB", tenths / 10, tenths % 10)
    }
}

impl ImportError {
    /// Full sentences for the import screen; problems are listed one per line.
    pub fn message(&self, lang: Lang) -> String {
        use ImportError::*;
        match (self, lang) {
            (Empty, Lang::En) => "The file is empty. Choose a file exported from Práctica (its \
                                  name ends in .json)."
                .into(),
            (Empty, Lang::Es) => "El archivo está vacío. Elija un archivo exportado desde \
                                  Práctica (su nombre termina en .json)."
                .into(),
            (TooLarge { size, max }, Lang::En) => format!(
                "The file is too large ({}). Práctica imports files of up to {}; check that you \
                 chose a file exported from Práctica.",
                megabytes(*size),
                megabytes(*max)
            ),
            (TooLarge { size, max }, Lang::Es) => format!(
                "El archivo es demasiado grande ({}). Práctica importa archivos de hasta {}; \
                 compruebe que eligió un archivo exportado desde Práctica.",
                megabytes(*size),
                megabytes(*max)
            ),
            (NotJson { line, column, cut_short }, Lang::En) => {
                let why = if *cut_short {
                    " The file seems cut short: export or download it again."
                } else {
                    ""
                };
                format!(
                    "This is not a Práctica file: it is not valid JSON (problem at line {line}, \
                     column {column}).{why}"
                )
            }
            (NotJson { line, column, cut_short }, Lang::Es) => {
                let why = if *cut_short {
                    " El archivo parece incompleto: expórtelo o descárguelo de nuevo."
                } else {
                    ""
                };
                format!(
                    "Este no es un archivo de Práctica: no es JSON válido (problema en la línea \
                     {line}, columna {column}).{why}"
                )
            }
            (NotPractica { format: Some(f) }, Lang::En) => format!(
                "This file was made by another program (its format is {}, not \"practica\"), so \
                 Práctica cannot import it.",
                quote(f, lang)
            ),
            (NotPractica { format: Some(f) }, Lang::Es) => format!(
                "Este archivo lo hizo otro programa (su formato es {}, no «practica»), así que \
                 Práctica no puede importarlo.",
                quote(f, lang)
            ),
            (NotPractica { format: None }, Lang::En) => "This file is JSON, but not a file \
                 exported from Práctica, so it cannot be imported. Choose a file made with \
                 \"Export\" in Práctica."
                .into(),
            (NotPractica { format: None }, Lang::Es) => "Este archivo es JSON, pero no fue \
                 exportado desde Práctica, así que no puede importarse. Elija un archivo hecho \
                 con «Exportar» en Práctica."
                .into(),
            (Newer { found, supported }, Lang::En) => format!(
                "This file was made with a newer Práctica: schema {found}, this app reads up to \
                 {supported}. Update the app (reload it while online) and import the file again."
            ),
            (Newer { found, supported }, Lang::Es) => format!(
                "Este archivo se hizo con una versión más nueva de Práctica: esquema {found}; \
                 esta aplicación lee hasta el {supported}. Actualice la aplicación (recárguela \
                 con conexión) e importe el archivo de nuevo."
            ),
            (Invalid { problems, more }, _) => {
                let total = problems.len() + more;
                let mut out = match (lang, total) {
                    (Lang::En, 1) => "The file cannot be imported: 1 problem was found.".into(),
                    (Lang::En, n) => {
                        format!("The file cannot be imported: {n} problems were found.")
                    }
                    (Lang::Es, 1) => {
                        "No se puede importar el archivo: se encontró 1 problema.".into()
                    }
                    (Lang::Es, n) => {
                        format!("No se puede importar el archivo: se encontraron {n} problemas.")
                    }
                };
                for p in problems {
                    out.push_str("\n- ");
                    out.push_str(&p.message(lang));
                }
                if *more > 0 {
                    out.push_str(&match lang {
                        Lang::En => format!("\n… and {more} more."),
                        Lang::Es => format!("\n… y {more} más."),
                    });
                }
                out
            }
        }
    }

    /// The located problems, if any (empty for problems with the file as a whole).
    pub fn problems(&self) -> &[Problem] {
        match self {
            ImportError::Invalid { problems, .. } => problems,
            _ => &[],
        }
    }
}

/// English: for logs and tests. The UI calls `message(lang)`.
impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for ImportError {}
