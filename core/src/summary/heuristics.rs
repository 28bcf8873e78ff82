//! The text heuristics behind the main-message warnings. They only decide whether to *warn*;
//! a false alarm costs the user a glance, so they aim to catch the common cases simply.
//!
//! All matching is case- and accent-insensitive (see `fold.rs`).

use super::fold::{phrase_haystack, phrase_needle, tokens};

/// Phrases that say "more research is needed". CFHI's guidance is explicit that main messages
/// must not say this: decision-makers need to know what to do with the evidence they have.
/// Research needs belong in the report's "Further research" section.
///
/// Written without accents; matched as whole words on folded text.
pub const MORE_RESEARCH_PHRASES: &[&str] = &[
    // English
    "more research",
    "further research",
    "additional research",
    "research is needed",
    "research is required",
    "research is warranted",
    "more studies",
    "further studies",
    "additional studies",
    "more study is needed",
    "further study",
    "needs further study",
    "more investigation",
    "further investigation",
    "more evidence is needed",
    "more data are needed",
    "more data is needed",
    // Spanish
    "mas investigacion",
    "mas investigaciones",
    "mayor investigacion",
    "investigacion adicional",
    "investigaciones adicionales",
    "mas estudios",
    "estudios adicionales",
    "nuevos estudios",
    "futuras investigaciones",
    "investigaciones futuras",
    "seguir investigando",
    "continuar investigando",
    "se necesita investigar",
    "se requiere investigar",
    "mas evidencia",
];

/// The first "more research" phrase found in `text`, if any.
pub fn more_research_phrase(text: &str) -> Option<&'static str> {
    let hay = phrase_haystack(text);
    MORE_RESEARCH_PHRASES.iter().copied().find(|p| hay.contains(&phrase_needle(p)))
}

/// Whole words that signal an action or a recommendation: modal verbs ("should", "debe") and,
/// for English, the base form of the verbs health programmes use when they decide something
/// (the imperative of a main message: "Train all staff…"). Whole words on purpose: "supervised"
/// or "training" in a finding describe what happened, they do not ask anyone to act.
pub const ACTION_WORDS: &[&str] = &[
    // English modals and directive phrasing
    "should",
    "must",
    "let",
    "urge",
    "recommend",
    "recommends",
    "recommended",
    // English verbs, base form
    "act",
    "adapt",
    "adopt",
    "allocate",
    "appoint",
    "ask",
    "assign",
    "assure",
    "audit",
    "brief",
    "build",
    "buy",
    "check",
    "commit",
    "coordinate",
    "create",
    "deliver",
    "design",
    "develop",
    "distribute",
    "ensure",
    "equip",
    "establish",
    "expand",
    "extend",
    "fund",
    "give",
    "guarantee",
    "hire",
    "hold",
    "implement",
    "improve",
    "include",
    "inform",
    "integrate",
    "introduce",
    "invest",
    "involve",
    "keep",
    "make",
    "monitor",
    "organise",
    "organize",
    "post",
    "prioritise",
    "prioritize",
    "promote",
    "provide",
    "publish",
    "put",
    "reinforce",
    "replace",
    "review",
    "revise",
    "scale",
    "schedule",
    "sensitise",
    "sensitize",
    "set",
    "share",
    "standardise",
    "standardize",
    "start",
    "stop",
    "strengthen",
    "supervise",
    "support",
    "teach",
    "train",
    "update",
    "use",
    // Spanish modals and directive phrasing
    "debe",
    "deben",
    "debemos",
    "deberia",
    "deberian",
    "necesario",
    "necesaria",
    "conviene",
    "recomendamos",
    "recomienda",
    "recomiendan",
    "recomendable",
    "urge",
    "dar",
    "den",
    "informar",
    "informen",
    "crear",
];

/// Spanish verb stems and their conjugation: a word matches when it is a stem plus an
/// infinitive or command ending of its class, so "capacitar", "capacite", "capaciten" match
/// while the nouns findings are full of ("capacitación", "supervisión", "registro") do not.
/// The class matters because the present indicative of one class looks like the command of
/// the other: "registra" (a finding: "only 35% records…") is indicative, "registre" a command.
pub const ACTION_STEMS_ES: &[(&str, Conj)] = &[
    ("actualiz", Conj::Ar),
    ("actualic", Conj::Ar),
    ("adapt", Conj::Ar),
    ("adopt", Conj::Ar),
    ("aplic", Conj::Ar),
    ("apliqu", Conj::Ar),
    ("apoy", Conj::Ar),
    ("asegur", Conj::Ar),
    ("asign", Conj::Ar),
    ("brind", Conj::Ar),
    ("capacit", Conj::Ar),
    ("compr", Conj::Ar),
    ("coordin", Conj::Ar),
    ("destin", Conj::Ar),
    ("dot", Conj::Ar),
    ("elabor", Conj::Ar),
    ("entreg", Conj::Ar),
    ("equip", Conj::Ar),
    ("estandariz", Conj::Ar),
    ("evalu", Conj::Ar),
    ("garantiz", Conj::Ar),
    ("garantic", Conj::Ar),
    ("gestion", Conj::Ar),
    ("implement", Conj::Ar),
    ("impuls", Conj::Ar),
    ("incorpor", Conj::Ar),
    ("integr", Conj::Ar),
    ("mejor", Conj::Ar),
    ("monitore", Conj::Ar),
    ("organiz", Conj::Ar),
    ("organic", Conj::Ar),
    ("planific", Conj::Ar),
    ("planifiqu", Conj::Ar),
    ("prioriz", Conj::Ar),
    ("prioric", Conj::Ar),
    ("proporcion", Conj::Ar),
    ("realiz", Conj::Ar),
    ("realic", Conj::Ar),
    ("reforz", Conj::Ar),
    ("refuerc", Conj::Ar),
    ("registr", Conj::Ar),
    ("revis", Conj::Ar),
    ("sensibiliz", Conj::Ar),
    ("sensibilic", Conj::Ar),
    ("solicit", Conj::Ar),
    ("supervis", Conj::Ar),
    ("trabaj", Conj::Ar),
    ("us", Conj::Ar),
    ("utiliz", Conj::Ar),
    ("utilic", Conj::Ar),
    ("verific", Conj::Ar),
    ("verifiqu", Conj::Ar),
    ("vigil", Conj::Ar),
    ("compart", Conj::ErIr),
    ("difund", Conj::ErIr),
    ("distribu", Conj::ErIr),
    ("distribuy", Conj::ErIr),
    ("establec", Conj::ErIr),
    ("establezc", Conj::ErIr),
    ("fortalec", Conj::ErIr),
    ("fortalezc", Conj::ErIr),
    ("hac", Conj::ErIr),
    ("hag", Conj::ErIr),
    ("inclu", Conj::ErIr),
    ("incluy", Conj::ErIr),
    ("invert", Conj::ErIr),
    ("inviert", Conj::ErIr),
    ("ofrec", Conj::ErIr),
    ("ofrezc", Conj::ErIr),
    ("ped", Conj::ErIr),
    ("pid", Conj::ErIr),
    ("promov", Conj::ErIr),
    ("promuev", Conj::ErIr),
];

/// Spanish conjugation class of a stem in `ACTION_STEMS_ES`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Conj {
    /// -ar verbs: infinitive "-ar", commands "-e", "-en", "-emos".
    Ar,
    /// -er and -ir verbs: infinitive "-er"/"-ir", commands "-a", "-an", "-amos".
    ErIr,
}

impl Conj {
    fn endings(self) -> &'static [&'static str] {
        match self {
            Conj::Ar => &["ar", "e", "en", "emos"],
            Conj::ErIr => &["er", "ir", "a", "an", "amos"],
        }
    }
}

/// Whether the text contains an action word (see `ACTION_WORDS` and `ACTION_STEMS_ES`).
pub fn has_action(text: &str) -> bool {
    tokens(text).iter().any(|t| {
        ACTION_WORDS.contains(&t.as_str())
            || ACTION_STEMS_ES.iter().any(|(stem, conj)| {
                t.strip_prefix(stem).is_some_and(|ending| conj.endings().contains(&ending))
            })
    })
}

/// Words too common to say anything about overlap.
const STOPWORDS: &[&str] = &[
    "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have", "in", "is",
    "it", "its", "of", "on", "or", "our", "that", "the", "their", "this", "to", "was", "were",
    "with", "we", "al", "con", "de", "del", "el", "en", "es", "la", "las", "lo", "los", "para",
    "por", "que", "se", "su", "sus", "un", "una", "y", "o", "e", "u",
];

/// Content words of a text, folded and lightly de-pluralised (a trailing "s" dropped) so
/// "records"/"record" and "registros"/"registro" meet.
pub fn content_words(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for t in tokens(text) {
        if STOPWORDS.contains(&t.as_str()) {
            continue;
        }
        let w = match t.strip_suffix('s') {
            Some(stem) if stem.chars().count() >= 3 => stem.to_string(),
            _ => t,
        };
        if !out.contains(&w) {
            out.push(w);
        }
    }
    out
}

/// A message "restates" a finding when at least half of its content words (and at least
/// `RESTATE_MIN_SHARED` of them) also appear in the finding. Combined with "no action word"
/// in `checks.rs`: a message that shares the finding's words but says what to do about it is
/// a good message, not a restatement.
pub const RESTATE_MIN_SHARED: usize = 2;

pub fn restates(message: &str, finding: &str) -> bool {
    let m = content_words(message);
    if m.is_empty() {
        return false;
    }
    let f = content_words(finding);
    let shared = m.iter().filter(|w| f.contains(w)).count();
    shared >= RESTATE_MIN_SHARED && shared * 2 >= m.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn action_words_are_whole_words_or_verb_forms() {
        assert!(has_action("Den seguimiento a cada caso"));
        assert!(has_action("Capaciten al personal"));
        assert!(has_action("Supervisar los expedientes"));
        assert!(has_action("Train all staff"));
        assert!(!has_action("Hubo brotes de dengue en la zona"));
        assert!(!has_action("La capacitación y la supervisión son escasas"));
        assert!(!has_action("Staff training was rarely supervised"));
    }

    #[test]
    fn content_words_drop_stopwords_and_plurals() {
        assert_eq!(content_words("The records of the units"), vec!["record", "unit"]);
    }
}
