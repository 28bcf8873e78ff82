//! The checks of one imported CoP: its fields, assessments, composition and summary.
//!
//! Limits are the ones the forms use (`NAME_MAX`, `NOTE_MAX`, `COUNT_MAX`…), taken from the
//! modules that own them, so a limit changed there is enforced here too.

use super::path::{index, key};
use super::problem::Issue;
use super::validate::{ids, limit, required, Problems};
use crate::community::{Community, NAME_MAX, NOTES_MAX, PLACE_MAX};
use crate::composition::{CopComposition, COUNT_MAX, PERSON_NAME_MAX};
use crate::scoring::assessment::{NOTE_MAX, PERIOD_MAX, RATER_NAME_MAX};
use crate::scoring::{is_iso_date, Assessment};
use crate::summary::Summary;
use crate::workspace::Workspace;

pub(crate) fn check(p: &mut Problems, at: &str, cop: &Community, ws: &Workspace) {
    required(p, key(at, "name"), &cop.name, NAME_MAX);
    required(p, key(at, "country"), &cop.country, PLACE_MAX);
    limit(p, key(at, "region"), &cop.region, PLACE_MAX);
    limit(p, key(at, "notes"), &cop.notes, NOTES_MAX);
    let list = key(at, "assessments");
    ids(p, &list, cop.assessments.iter().map(|a| a.id.as_str()));
    for (i, a) in cop.assessments.iter().enumerate() {
        assessment(p, &index(&list, i), a);
    }
    composition(p, &key(at, "composition"), &cop.composition, ws);
    summary(p, &key(at, "summary"), &cop.summary);
}

fn assessment(p: &mut Problems, at: &str, a: &Assessment) {
    if !a.date.is_empty() && !is_iso_date(&a.date) {
        p.add(key(at, "date"), Issue::BadDate { value: a.date.clone() });
    }
    limit(p, key(at, "period"), &a.period, PERIOD_MAX);
    let raters = key(at, "raters");
    ids(p, &raters, a.raters.iter().map(|r| r.id.as_str()));
    for (i, r) in a.raters.iter().enumerate() {
        required(p, key(&index(&raters, i), "name"), &r.name, RATER_NAME_MAX);
    }
    let notes = key(at, "notes");
    for (criterion, text) in &a.notes {
        limit(p, key(&notes, criterion.as_str()), text, NOTE_MAX);
    }
}

/// Counts and roles must be keyed by the workspace's snapshots and professions: a count under
/// an id the workspace does not have would never be shown, yet travel on in every export.
fn composition(p: &mut Problems, at: &str, c: &CopComposition, ws: &Workspace) {
    let is_snapshot = |id: &str| ws.snapshots.iter().any(|s| s.id == id);
    let is_profession = |id: &str| ws.professions.iter().any(|x| x.id == id);
    let counts = key(at, "counts");
    for (snap, row) in &c.counts {
        let snap_at = key(&counts, snap);
        if !is_snapshot(snap) {
            p.add(snap_at.clone(), Issue::UnknownSnapshot { id: snap.clone() });
        }
        for (prof, n) in row {
            let cell = key(&snap_at, prof);
            if !is_profession(prof) {
                p.add(cell.clone(), Issue::UnknownProfession { id: prof.clone() });
            }
            if *n > COUNT_MAX {
                p.add(cell, Issue::CountTooLarge { value: *n, max: COUNT_MAX });
            }
        }
    }
    let roles = key(at, "roles");
    for (snap, split) in &c.roles {
        let snap_at = key(&roles, snap);
        if !is_snapshot(snap) {
            p.add(snap_at.clone(), Issue::UnknownSnapshot { id: snap.clone() });
        }
        for (side, n) in [("strategic", split.strategic), ("tactical", split.tactical)] {
            if let Some(n) = n.filter(|n| *n > COUNT_MAX) {
                p.add(key(&snap_at, side), Issue::CountTooLarge { value: n, max: COUNT_MAX });
            }
        }
    }
    limit(p, key(at, "champion"), &c.champion, PERSON_NAME_MAX);
    limit(p, key(at, "facilitator"), &c.facilitator, PERSON_NAME_MAX);
}

/// Ids must be unique per list (the editor addresses items by id), and every link from a
/// finding must reach a recommendation of the same summary.
fn summary(p: &mut Problems, at: &str, s: &Summary) {
    ids(p, &key(at, "main_messages"), s.main_messages.iter().map(|m| m.id.as_str()));
    ids(p, &key(at, "executive"), s.executive.iter().map(|x| x.id.as_str()));
    ids(p, &key(at, "report"), s.report.iter().map(|x| x.id.as_str()));
    ids(p, &key(at, "findings"), s.findings.iter().map(|f| f.id.as_str()));
    ids(p, &key(at, "recommendations"), s.recommendations.iter().map(|r| r.id.as_str()));
    let findings = key(at, "findings");
    for (i, f) in s.findings.iter().enumerate() {
        let links = key(&index(&findings, i), "recommendation_ids");
        for (k, id) in f.recommendation_ids.iter().enumerate() {
            if s.recommendation(id).is_none() {
                p.add(index(&links, k), Issue::UnknownRecommendation { id: id.clone() });
            }
        }
    }
}
