//! One located problem inside a Práctica file: where (`communities[3].assessments[0]…`) and
//! what (`Issue`), with the words for it in English and Spanish.

use crate::scoring::BandCutsError;
use crate::summary::BudgetError;
use crate::text::Lang;

/// One problem at one place in the file.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    /// Where, as `communities[3].assessments[0].consensus.integration`. Paths inside the
    /// workspace are relative to it (so they read the same in old, bare files); the envelope's
    /// own fields are top-level names such as `schema_version` or `kind`.
    pub path: String,
    pub issue: Issue,
}

/// What is wrong at a path.
#[derive(Clone, Debug, PartialEq)]
pub enum Issue {
    // Found while reading the data into its types.
    Missing,
    WrongType {
        found: Found,
        wanted: Wanted,
    },
    NotARating {
        shown: String,
    },
    NotOneOf {
        found: String,
        allowed: Vec<String>,
    },
    Bands(BandCutsError),
    /// Anything else serde reported, in its own (English) words.
    Other(String),
    // Found by the checks after reading (see `validate`).
    BadSchemaVersion,
    CommunityFileCount {
        count: usize,
    },
    DuplicateId {
        id: String,
        first_at: String,
    },
    EmptyId,
    Empty,
    TooLong {
        len: usize,
        max: usize,
    },
    TooMany {
        count: usize,
        max: usize,
    },
    CountTooLarge {
        value: u32,
        max: u32,
    },
    UnknownSnapshot {
        id: String,
    },
    UnknownProfession {
        id: String,
    },
    UnknownRecommendation {
        id: String,
    },
    BadDate {
        value: String,
    },
    Budget(BudgetError),
}

/// What was found where something else was wanted, in words a person reads.
#[derive(Clone, Debug, PartialEq)]
pub enum Found {
    Number(String),
    Text(String),
    Bool(bool),
    Null,
    List,
    Object,
    /// A list of this many items where a fixed-size one (like a band's `[5, 12]`) was wanted.
    ListOf(usize),
    Raw(String),
}

/// What the field wanted.
#[derive(Clone, Debug, PartialEq)]
pub enum Wanted {
    WholeNumber,
    NonNegativeWholeNumber,
    Text,
    List,
    Pair,
    Object,
    Bool,
    Rating,
    /// A fixed-size list got too many items.
    FewerItems,
    Raw(String),
}

/// Longest piece of the file's own text quoted in a message (a whole paragraph pasted into an
/// id would otherwise fill the screen); the start is enough to find it.
const SHOWN_MAX: usize = 60;

fn shorten(s: &str) -> String {
    if s.chars().count() > SHOWN_MAX {
        s.chars().take(SHOWN_MAX).chain(['…']).collect()
    } else {
        s.to_string()
    }
}

pub(crate) fn quote(s: &str, lang: Lang) -> String {
    let s = shorten(s);
    match lang {
        Lang::En => format!("\"{s}\""),
        Lang::Es => format!("«{s}»"),
    }
}

impl Found {
    fn text(&self, lang: Lang) -> String {
        match (self, lang) {
            (Found::Number(n), Lang::En) => format!("the number {n}"),
            (Found::Number(n), Lang::Es) => format!("el número {n}"),
            (Found::Text(t), Lang::En) => format!("the text {}", quote(t, lang)),
            (Found::Text(t), Lang::Es) => format!("el texto {}", quote(t, lang)),
            (Found::Bool(b), Lang::En) => format!("the value {b}"),
            (Found::Bool(b), Lang::Es) => format!("el valor {b}"),
            (Found::Null, Lang::En) => "null (an empty value)".into(),
            (Found::Null, Lang::Es) => "null (un valor vacío)".into(),
            (Found::List, Lang::En) => "a list [ … ]".into(),
            (Found::List, Lang::Es) => "una lista [ … ]".into(),
            (Found::Object, Lang::En) => "an object { … }".into(),
            (Found::Object, Lang::Es) => "un objeto { … }".into(),
            (Found::ListOf(n), Lang::En) => format!("a list of {n} items"),
            (Found::ListOf(n), Lang::Es) => format!("una lista de {n} elementos"),
            (Found::Raw(r), _) => shorten(r),
        }
    }
}

impl Wanted {
    fn text(&self, lang: Lang) -> String {
        match (self, lang) {
            (Wanted::WholeNumber, Lang::En) => "a whole number".into(),
            (Wanted::WholeNumber, Lang::Es) => "un número entero".into(),
            (Wanted::NonNegativeWholeNumber, Lang::En) => "a whole number, 0 or more".into(),
            (Wanted::NonNegativeWholeNumber, Lang::Es) => "un número entero, 0 o mayor".into(),
            (Wanted::Text, Lang::En) => "text in quotes".into(),
            (Wanted::Text, Lang::Es) => "un texto entre comillas".into(),
            (Wanted::List, Lang::En) => "a list [ … ]".into(),
            (Wanted::List, Lang::Es) => "una lista [ … ]".into(),
            (Wanted::Pair, Lang::En) => "a pair of numbers such as [5, 12]".into(),
            (Wanted::Pair, Lang::Es) => "un par de números como [5, 12]".into(),
            (Wanted::Object, Lang::En) => "an object { … }".into(),
            (Wanted::Object, Lang::Es) => "un objeto { … }".into(),
            (Wanted::Bool, Lang::En) => "true or false".into(),
            (Wanted::Bool, Lang::Es) => "true o false".into(),
            (Wanted::Rating, Lang::En) => "1, 3 or 5".into(),
            (Wanted::Rating, Lang::Es) => "1, 3 o 5".into(),
            (Wanted::FewerItems, Lang::En) => "fewer items".into(),
            (Wanted::FewerItems, Lang::Es) => "menos elementos".into(),
            (Wanted::Raw(r), _) => shorten(r),
        }
    }
}

impl Issue {
    /// The problem in one phrase, without the path.
    pub fn message(&self, lang: Lang) -> String {
        use Issue::*;
        let q = |s: &str| quote(s, lang);
        match (self, lang) {
            (Missing, Lang::En) => "this field is missing".into(),
            (Missing, Lang::Es) => "falta este campo".into(),
            (WrongType { found, wanted }, Lang::En) => {
                format!("expected {}, found {}", wanted.text(lang), found.text(lang))
            }
            (WrongType { found, wanted }, Lang::Es) => {
                format!("se esperaba {}; se encontró {}", wanted.text(lang), found.text(lang))
            }
            (NotARating { shown }, Lang::En) => format!("{} is not one of 1, 3, 5", shorten(shown)),
            (NotARating { shown }, Lang::Es) => format!("{} no es uno de 1, 3, 5", shorten(shown)),
            (NotOneOf { found, allowed }, Lang::En) => {
                format!("{} is not one of {}", q(found), allowed.join(", "))
            }
            (NotOneOf { found, allowed }, Lang::Es) => {
                format!("{} no es uno de {}", q(found), allowed.join(", "))
            }
            (Bands(e), _) => e.message(lang),
            (Other(text), Lang::En) => shorten(text),
            (Other(text), Lang::Es) => format!("dato no válido ({})", shorten(text)),
            (BadSchemaVersion, Lang::En) => "must be a whole number, 1 or more".into(),
            (BadSchemaVersion, Lang::Es) => "debe ser un número entero, 1 o mayor".into(),
            (CommunityFileCount { count }, Lang::En) => {
                format!("a CoP file holds exactly one CoP, this one holds {count}")
            }
            (CommunityFileCount { count }, Lang::Es) => {
                format!("un archivo de CdP contiene exactamente una CdP; este contiene {count}")
            }
            (DuplicateId { id, first_at }, Lang::En) => {
                format!("the id {} is used twice (first at {first_at})", q(id))
            }
            (DuplicateId { id, first_at }, Lang::Es) => {
                format!("el identificador {} se usa dos veces (la primera en {first_at})", q(id))
            }
            (EmptyId, Lang::En) => "the id is empty".into(),
            (EmptyId, Lang::Es) => "el identificador está vacío".into(),
            (Empty, Lang::En) => "must not be empty".into(),
            (Empty, Lang::Es) => "no puede estar vacío".into(),
            (TooLong { len, max }, Lang::En) => {
                format!("too long: {len} characters, at most {max} allowed")
            }
            (TooLong { len, max }, Lang::Es) => {
                format!("demasiado largo: {len} caracteres, se admiten como máximo {max}")
            }
            (TooMany { count, max }, Lang::En) => format!("{count} items, at most {max} allowed"),
            (TooMany { count, max }, Lang::Es) => {
                format!("{count} elementos, se admiten como máximo {max}")
            }
            (CountTooLarge { value, max }, Lang::En) => {
                format!("{value} is larger than the largest count allowed, {max}")
            }
            (CountTooLarge { value, max }, Lang::Es) => {
                format!("{value} es mayor que el conteo máximo permitido, {max}")
            }
            (UnknownSnapshot { id }, Lang::En) => {
                format!("{} is not one of the workspace's snapshots", q(id))
            }
            (UnknownSnapshot { id }, Lang::Es) => {
                format!("{} no es uno de los conteos del espacio de trabajo", q(id))
            }
            (UnknownProfession { id }, Lang::En) => {
                format!("{} is not one of the workspace's professions", q(id))
            }
            (UnknownProfession { id }, Lang::Es) => {
                format!("{} no es una de las profesiones del espacio de trabajo", q(id))
            }
            (UnknownRecommendation { id }, Lang::En) => {
                format!("{} is not one of this summary's recommendations", q(id))
            }
            (UnknownRecommendation { id }, Lang::Es) => {
                format!("{} no es una de las recomendaciones de este resumen", q(id))
            }
            (BadDate { value }, Lang::En) => {
                format!(
                    "{} is not a valid date; write it as year-month-day, e.g. 2015-05-31",
                    q(value)
                )
            }
            (BadDate { value }, Lang::Es) => format!(
                "{} no es una fecha válida; escríbala como año-mes-día, p. ej. 2015-05-31",
                q(value)
            ),
            (Budget(e), _) => e.message(lang),
        }
    }
}

impl Problem {
    pub fn new(path: impl Into<String>, issue: Issue) -> Problem {
        Problem { path: path.into(), issue }
    }

    /// `path: what is wrong`, e.g. `communities[3].assessments[0].consensus.integration: 4 is
    /// not one of 1, 3, 5`. A problem with the file as a whole has no path.
    pub fn message(&self, lang: Lang) -> String {
        if self.path.is_empty() {
            self.issue.message(lang)
        } else {
            format!("{}: {}", self.path, self.issue.message(lang))
        }
    }
}
