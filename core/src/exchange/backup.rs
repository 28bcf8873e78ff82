//! When to remind a team to export a backup. Browsers may clear site data (Safari after seven
//! days without a visit), so changes that exist only in this browser for a few days deserve a
//! nudge.

use crate::workspace::Workspace;

/// After this long with unexported changes, the app nudges.
pub const BACKUP_NUDGE_DAYS: i64 = 3;
const DAY_MS: i64 = 24 * 60 * 60 * 1000;

/// Whole days since the oldest change that is not in any export, when that is at least
/// `BACKUP_NUDGE_DAYS`; `None` when there is nothing to remind about.
pub fn backup_overdue_days(ws: &Workspace, last_export: Option<i64>, now: i64) -> Option<i64> {
    let since = last_export.unwrap_or(i64::MIN);
    let oldest_unexported = ws.communities.iter().map(|c| c.updated).filter(|&u| u > since).min()?;
    let days = now.saturating_sub(oldest_unexported) / DAY_MS;
    (days >= BACKUP_NUDGE_DAYS).then_some(days)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::CommunityFields;

    fn ws_updated_at(times: &[i64]) -> Workspace {
        let mut ws = Workspace::default();
        for (i, t) in times.iter().enumerate() {
            let f = CommunityFields { name: format!("CoP {i}"), country: "México".into(), ..Default::default() };
            ws.add_community(format!("c{i}"), &f, *t).unwrap();
        }
        ws
    }

    #[test]
    fn nothing_to_back_up_means_no_nudge() {
        assert_eq!(backup_overdue_days(&Workspace::default(), None, 10 * DAY_MS), None);
        let ws = ws_updated_at(&[DAY_MS]);
        assert_eq!(backup_overdue_days(&ws, Some(2 * DAY_MS), 30 * DAY_MS), None);
    }

    #[test]
    fn recent_changes_do_not_nudge_yet() {
        let ws = ws_updated_at(&[10 * DAY_MS]);
        assert_eq!(backup_overdue_days(&ws, None, 12 * DAY_MS), None);
    }

    #[test]
    fn old_unexported_changes_nudge_with_their_age() {
        let ws = ws_updated_at(&[10 * DAY_MS, 5 * DAY_MS, DAY_MS]);
        // Exported at day 2: the changes of days 5 and 10 are not in it; the oldest is day 5.
        assert_eq!(backup_overdue_days(&ws, Some(2 * DAY_MS), 9 * DAY_MS), Some(4));
        assert_eq!(backup_overdue_days(&ws, None, 9 * DAY_MS), Some(8));
    }
}
