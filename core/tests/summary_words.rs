//! Word counting for the 1:3:25 page budgets.

use practica_core::summary::words::{count, is_word};

#[test]
fn plain_english_and_spanish() {
    assert_eq!(count("Train all staff in obstetric emergencies."), 6);
    assert_eq!(count("Capacitar al personal en atención de emergencias obstétricas."), 8);
    assert_eq!(count(""), 0);
    assert_eq!(count("   \n\t  "), 0);
}

#[test]
fn spanish_punctuation_sticks_to_words() {
    assert_eq!(count("¿Qué encontramos?"), 2);
    assert_eq!(count("¡Atención!"), 1);
    assert_eq!(count("«Plan Parto» — estrategia; resultados: buenos."), 5);
    // Spaced-out marks are not words.
    assert_eq!(count("¿ Qué ? ¡ sí ! « nada » — – - • ; …"), 3);
}

#[test]
fn numbers_percentages_and_codes() {
    assert_eq!(count("Only 35% of records"), 4);
    assert_eq!(count("NOM-007-SSA2-2010 in 2014"), 3);
    assert_eq!(count("35 % de 1,200 expedientes"), 4);
    assert_eq!(count("80%-completeness standard"), 2);
    assert_eq!(count("1:3:25"), 1);
}

#[test]
fn accented_and_non_ascii_letters() {
    assert_eq!(count("niñez, educación, pingüino, São Paulo"), 5);
    assert!(is_word("atención"));
    assert!(is_word("¿Qué"));
    assert!(!is_word("—"));
    assert!(!is_word("¿"));
    assert!(!is_word("¡"));
}

#[test]
fn list_markers_are_not_words() {
    let text = "- one item\n* two items here\n• tres\n1. first\n2) second\n10. tenth";
    assert_eq!(count(text), 2 + 3 + 1 + 1 + 1 + 1);
    // A year or a lone number on its own line is content, not a list marker.
    assert_eq!(count("2014."), 1);
    assert_eq!(count("3."), 1);
    assert_eq!(count("In 2014. We found"), 4);
}

#[test]
fn non_breaking_and_other_unicode_spaces_separate_words() {
    assert_eq!(count("35%\u{00A0}de\u{2003}los\u{3000}expedientes"), 4);
}
