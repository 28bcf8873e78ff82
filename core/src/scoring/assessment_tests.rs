//! Unit tests of `assessment.rs`, kept apart so that file stays about one concept.

use super::*;

#[test]
fn a_removed_rater_comes_back_in_place_with_their_ratings() {
    let mut a = Assessment::new("a", 0);
    for (id, name) in [("r1", "Ana"), ("r2", "Luis"), ("r3", "Marta")] {
        a.add_rater(id, name, 1).unwrap();
    }
    a.set_rater_rating("r2", CriterionId::Influence, Some(Rating::Five), 2).unwrap();
    assert_eq!(a.rater_index("r2"), Some(1));
    let gone = a.remove_rater("r2", 3).unwrap();
    assert_eq!(a.rater_index("r2"), None);
    a.restore_rater(1, gone.clone(), 4).unwrap();
    let names: Vec<_> = a.raters.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(names, ["Ana", "Luis", "Marta"]);
    assert_eq!(a.raters[1].ratings.get(&CriterionId::Influence), Some(&Rating::Five));
    assert_eq!(a.updated, 4);
    // Twice is refused (the id exists again), and nothing changes.
    assert_eq!(
        a.restore_rater(1, gone.clone(), 5),
        Err(AssessmentError::DuplicateRaterId("r2".into()))
    );
    assert_eq!(a.raters.len(), 3);
}

#[test]
fn restoring_checks_the_name_and_clamps_the_place() {
    let mut a = Assessment::new("a", 0);
    a.add_rater("r1", "Ana", 1).unwrap();
    let gone = a.remove_rater("r1", 2).unwrap();
    // Someone else took the name meanwhile.
    a.add_rater("r9", "ANA", 3).unwrap();
    assert_eq!(
        a.restore_rater(0, gone.clone(), 4),
        Err(AssessmentError::RaterNameTaken("Ana".into()))
    );
    a.rename_rater("r9", "Ana B.", 5).unwrap();
    a.restore_rater(99, gone, 6).unwrap();
    assert_eq!(a.rater_index("r1"), Some(1), "an index past the end appends");
}
