//! The delegation of a visit: people invited in a role, with their answer
//! (invited / confirmed / declined) — attendance rows with an invitation.
//! Invitees are not present until someone ticks them on the day.

use crate::attendance::{AttendanceRow, list_event_attendance};
use crate::changelog::{self, Action};
use crate::error::SqlContext;
use crate::kinds::{Invitation, Role};
use crate::time::now_utc;
use crate::{Error, Result};
use rusqlite::{Connection, params};

/// Invites people to an event in `role`. People already at the event in
/// that role become invitees if they were not; returns how many rows were
/// added or turned into invitations.
pub fn invite_people(
    conn: &Connection,
    event_id: i64,
    person_ids: &[i64],
    role: Role,
) -> Result<usize> {
    crate::events::get_event(conn, event_id)?;
    let now = now_utc();
    let mut insert = conn
        .prepare_cached(
            "INSERT OR IGNORE INTO attendance (event_id, person_id, role, present, invitation, created_at)
             SELECT ?1, id, ?3, 0, 'invited', ?4 FROM person WHERE id = ?2 AND deleted_at IS NULL",
        )
        .context("inviting people")?;
    let mut mark = conn
        .prepare_cached(
            "UPDATE attendance SET invitation = 'invited'
             WHERE event_id = ?1 AND person_id = ?2 AND role = ?3 AND invitation IS NULL",
        )
        .context("inviting people")?;
    let mut changed = 0;
    for person in person_ids {
        let added = insert
            .execute(params![event_id, person, role, now])
            .context("inviting people")?;
        changed += if added > 0 {
            added
        } else {
            mark.execute(params![event_id, person, role])
                .context("inviting people")?
        };
    }
    if changed > 0 {
        changelog::log_change(
            conn,
            "event",
            event_id,
            Action::Update,
            &format!("+{changed} invited"),
        )?;
    }
    Ok(changed)
}

/// Records a delegation member's answer. A decline also unticks them.
pub fn set_invitation(conn: &Connection, attendance_id: i64, invitation: Invitation) -> Result<()> {
    let changed = conn
        .execute(
            "UPDATE attendance SET invitation = ?1,
                    present = CASE WHEN ?1 = 'declined' THEN 0 ELSE present END
             WHERE id = ?2",
            params![invitation, attendance_id],
        )
        .context("recording an invitation answer")?;
    if changed == 0 {
        return Err(Error::NotFound {
            what: "attendance",
            id: attendance_id,
        });
    }
    Ok(())
}

/// The delegation of an event (people with an invitation), in Kazakh alphabet order.
pub fn list_delegation(conn: &Connection, event_id: i64) -> Result<Vec<AttendanceRow>> {
    Ok(list_event_attendance(conn, event_id)?
        .into_iter()
        .filter(|a| a.invitation.is_some())
        .collect())
}

/// Ticks or unticks a person at an event in every role they have there
/// (keying a sign-in sheet back, one line per person).
///
/// Ticking someone at an event that has not begun (and is not recorded
/// held) needs `confirm_future`
/// ([`crate::Invalid::EventNotBegun`]).
pub fn set_person_present(
    conn: &Connection,
    event_id: i64,
    person_id: i64,
    present: bool,
    confirm_future: bool,
) -> Result<()> {
    if present {
        crate::attendance::ensure_presence_can_be_recorded(conn, event_id, confirm_future)?;
    }
    let changed = conn
        .execute(
            "UPDATE attendance SET present = ?1 WHERE event_id = ?2 AND person_id = ?3",
            params![present, event_id, person_id],
        )
        .context("marking presence")?;
    if changed == 0 {
        return Err(Error::NotFound {
            what: "attendance",
            id: person_id,
        });
    }
    Ok(())
}
