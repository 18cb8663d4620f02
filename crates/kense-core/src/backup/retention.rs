//! Which backups to keep: Anki's scheme, as pure logic over names and times.
//!
//! Regular backups (daily, periodic, manual) keep every one taken today, then
//! the newest of each of the 12 latest days, then the newest of each of the
//! 10 weeks before those, then the newest of each of the 9 months before
//! those. Backups taken before a risky operation (migration, import,
//! restore, erase) are counted apart: the last 10 are kept.

use super::BackupReason;
use chrono::{DateTime, Datelike, NaiveDate, Utc};
use std::collections::HashSet;

/// Regular backups kept one per day.
pub const DAILY: usize = 12;
/// Then one per ISO week.
pub const WEEKLY: usize = 10;
/// Then one per month.
pub const MONTHLY: usize = 9;
/// Backups before risky operations kept.
pub const BEFORE_RISKY: usize = 10;

/// What retention needs to know of one backup.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dated {
    /// When it was taken.
    pub taken_at: DateTime<Utc>,
    /// Why.
    pub reason: BackupReason,
}

/// The indexes (into `backups`) of the backups to delete, given `today`.
pub fn to_delete(backups: &[Dated], today: NaiveDate) -> Vec<usize> {
    let mut order: Vec<usize> = (0..backups.len()).collect();
    // Newest first; ties keep their order.
    order.sort_by(|&a, &b| backups[b].taken_at.cmp(&backups[a].taken_at));
    let mut delete = Vec::new();
    let mut risky_kept = 0;
    let mut days = HashSet::new();
    let mut weeks = HashSet::new();
    let mut months = HashSet::new();
    for i in order {
        let b = backups[i];
        if b.reason.is_before_risky() {
            if risky_kept < BEFORE_RISKY {
                risky_kept += 1;
            } else {
                delete.push(i);
            }
            continue;
        }
        let day = b.taken_at.date_naive();
        if day >= today {
            continue;
        }
        let week = (day.iso_week().year(), day.iso_week().week());
        let month = (day.year(), day.month());
        // Cascade: weeks only after the dailies are full, months only after
        // the weeklies, so each tier reaches further back.
        if days.len() < DAILY {
            if days.insert(day) {
                continue;
            }
        } else if weeks.len() < WEEKLY {
            if !days.iter().any(|d: &NaiveDate| same_week(*d, day)) && weeks.insert(week) {
                continue;
            }
        } else if months.len() < MONTHLY
            && !days
                .iter()
                .any(|d: &NaiveDate| (d.year(), d.month()) == month)
            && !weeks.iter().any(|w| week_in_month(*w, month))
            && months.insert(month)
        {
            continue;
        }
        delete.push(i);
    }
    delete.sort_unstable();
    delete
}

fn same_week(a: NaiveDate, b: NaiveDate) -> bool {
    a.iso_week() == b.iso_week()
}

/// True when the ISO week's Thursday falls in `month` (the week "belongs" there).
fn week_in_month((year, week): (i32, u32), month: (i32, u32)) -> bool {
    NaiveDate::from_isoywd_opt(year, week, chrono::Weekday::Thu)
        .is_some_and(|d| (d.year(), d.month()) == month)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Duration, TimeZone};

    fn at(day: NaiveDate, hour: u32) -> DateTime<Utc> {
        Utc.from_utc_datetime(&day.and_hms_opt(hour, 0, 0).unwrap())
    }

    fn kept(backups: &[Dated], today: NaiveDate) -> Vec<Dated> {
        let gone = to_delete(backups, today);
        backups
            .iter()
            .enumerate()
            .filter(|(i, _)| !gone.contains(i))
            .map(|(_, b)| *b)
            .collect()
    }

    #[test]
    fn a_year_of_daily_backups_keeps_12_days_10_weeks_9_months() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 2).unwrap();
        let backups: Vec<Dated> = (1..=400)
            .map(|n| Dated {
                taken_at: at(today - Duration::days(n), 9),
                reason: BackupReason::Daily,
            })
            .collect();
        let kept = kept(&backups, today);
        assert_eq!(kept.len(), DAILY + WEEKLY + MONTHLY, "{kept:?}");
        // The 12 latest days are all there.
        for n in 1..=12 {
            let day = today - Duration::days(n);
            assert!(kept.iter().any(|b| b.taken_at.date_naive() == day), "{day}");
        }
        // No two kept backups share a week except among the dailies.
        let older: Vec<_> = kept
            .iter()
            .filter(|b| b.taken_at.date_naive() < today - Duration::days(12))
            .collect();
        let weeks: HashSet<_> = older
            .iter()
            .map(|b| b.taken_at.date_naive().iso_week())
            .collect();
        assert_eq!(weeks.len(), older.len());
        // The oldest kept is about a year back (9 months past ~3 months of weeks).
        let oldest = kept.iter().map(|b| b.taken_at).min().unwrap();
        assert!(oldest < at(today - Duration::days(300), 0), "{oldest}");
    }

    #[test]
    fn todays_backups_are_all_kept_and_older_days_keep_their_newest() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 2).unwrap();
        let yesterday = today.pred_opt().unwrap();
        let backups = vec![
            Dated {
                taken_at: at(today, 8),
                reason: BackupReason::Periodic,
            },
            Dated {
                taken_at: at(today, 9),
                reason: BackupReason::Periodic,
            },
            Dated {
                taken_at: at(yesterday, 8),
                reason: BackupReason::Periodic,
            },
            Dated {
                taken_at: at(yesterday, 17),
                reason: BackupReason::Periodic,
            },
        ];
        assert_eq!(to_delete(&backups, today), vec![2]);
    }

    #[test]
    fn only_the_last_10_risky_backups_are_kept_and_they_do_not_crowd_out_dailies() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 2).unwrap();
        let mut backups: Vec<Dated> = (0..15)
            .map(|n| Dated {
                taken_at: at(today, 0) - Duration::minutes(n),
                reason: BackupReason::BeforeImport,
            })
            .collect();
        backups.push(Dated {
            taken_at: at(today - Duration::days(3), 9),
            reason: BackupReason::Daily,
        });
        let gone = to_delete(&backups, today);
        assert_eq!(
            gone,
            (10..15).collect::<Vec<_>>(),
            "the 5 oldest risky ones go"
        );
    }

    #[test]
    fn nothing_is_deleted_from_a_short_history() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 2).unwrap();
        let backups: Vec<Dated> = (1..=5)
            .map(|n| Dated {
                taken_at: at(today - Duration::days(n * 7), 9),
                reason: BackupReason::Manual,
            })
            .collect();
        assert!(to_delete(&backups, today).is_empty());
    }
}
