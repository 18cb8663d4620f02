//! Planning: the calendar, itineraries, the delegation, holidays, the
//! programme PDF and calendar files.

use crate::{AppState, IpcError};
use kense_core::attendance::AttendanceRow;
use kense_core::events::{Event, EventFilter};
use kense_core::kinds::{Invitation, Role};
use kense_core::planning::holidays::{self, Holiday, HolidayInput};
use kense_core::planning::ics_export::{self, IcsScope};
use kense_core::planning::programme::{self, PlanDocument};
use kense_core::planning::stops::{self, StopInput};
use kense_core::planning::{self, Calendar, HeldInput, Plan, PlanDetails, delegation};
use kense_core::report::ReportLang;
use kense_core::{Lang, documents};
use std::path::PathBuf;
use tauri::State;
use tauri::ipc::Response;

/// Events and public holidays from `filter.from` to `filter.to`.
#[tauri::command]
pub fn get_calendar(state: State<'_, AppState>, filter: EventFilter) -> Result<Calendar, IpcError> {
    state.with_store(|s| planning::calendar(s.conn(), &filter))
}

/// Moves an event (and its stops) to a new start, keeping its length.
#[tauri::command]
pub fn move_event(
    state: State<'_, AppState>,
    id: i64,
    starts_at: String,
) -> Result<Event, IpcError> {
    state.with_store(|s| s.with_tx(|tx| planning::move_event(tx, id, &starts_at)))
}

/// The plan of an event: itinerary, delegation, warnings.
#[tauri::command]
pub fn get_plan(state: State<'_, AppState>, event_id: i64) -> Result<Plan, IpcError> {
    state.with_store(|s| planning::get_plan(s.conn(), event_id))
}

/// Saves the meeting point and transport.
#[tauri::command]
pub fn save_plan_details(
    state: State<'_, AppState>,
    event_id: i64,
    details: PlanDetails,
) -> Result<Plan, IpcError> {
    state.with_store(|s| {
        s.with_tx(|tx| {
            planning::set_plan_details(tx, event_id, &details)?;
            planning::get_plan(tx, event_id)
        })
    })
}

/// Adds a stop at the end of the itinerary.
#[tauri::command]
pub fn add_stop(
    state: State<'_, AppState>,
    event_id: i64,
    stop: StopInput,
) -> Result<Plan, IpcError> {
    state.with_store(|s| {
        s.with_tx(|tx| {
            stops::insert_stop(tx, event_id, &stop)?;
            planning::get_plan(tx, event_id)
        })
    })
}

/// Saves a stop.
#[tauri::command]
pub fn update_stop(state: State<'_, AppState>, id: i64, stop: StopInput) -> Result<Plan, IpcError> {
    state.with_store(|s| {
        s.with_tx(|tx| {
            stops::update_stop(tx, id, &stop)?;
            planning::get_plan(tx, stops::get_stop(tx, id)?.event_id)
        })
    })
}

/// Removes a stop.
#[tauri::command]
pub fn delete_stop(state: State<'_, AppState>, id: i64) -> Result<Plan, IpcError> {
    state.with_store(|s| {
        s.with_tx(|tx| {
            let event_id = stops::get_stop(tx, id)?.event_id;
            stops::delete_stop(tx, id)?;
            planning::get_plan(tx, event_id)
        })
    })
}

/// Puts the stops in a new order (every stop id once).
#[tauri::command]
pub fn reorder_stops(
    state: State<'_, AppState>,
    event_id: i64,
    ids: Vec<i64>,
) -> Result<Plan, IpcError> {
    state.with_store(|s| {
        s.with_tx(|tx| {
            stops::reorder_stops(tx, event_id, &ids)?;
            planning::get_plan(tx, event_id)
        })
    })
}

/// Invites people to the event in a role.
#[tauri::command]
pub fn invite_people(
    state: State<'_, AppState>,
    event_id: i64,
    person_ids: Vec<i64>,
    role: Role,
) -> Result<Plan, IpcError> {
    state.with_store(|s| {
        s.with_tx(|tx| {
            delegation::invite_people(tx, event_id, &person_ids, role)?;
            planning::get_plan(tx, event_id)
        })
    })
}

/// Records a delegation member's answer.
#[tauri::command]
pub fn set_invitation(
    state: State<'_, AppState>,
    event_id: i64,
    attendance_id: i64,
    invitation: Invitation,
) -> Result<Plan, IpcError> {
    state.with_store(|s| {
        s.with_tx(|tx| {
            delegation::set_invitation(tx, attendance_id, invitation)?;
            planning::get_plan(tx, event_id)
        })
    })
}

/// Marks the event held with who of the delegation came and the headcount.
#[tauri::command]
pub fn mark_event_held(
    state: State<'_, AppState>,
    event_id: i64,
    held: HeldInput,
) -> Result<Event, IpcError> {
    state.with_store(|s| s.with_tx(|tx| planning::mark_held(tx, event_id, &held)))
}

/// The sign-in sheet's lines in printed order (for keying it back).
#[tauri::command]
pub fn list_sheet_lines(
    state: State<'_, AppState>,
    event_id: i64,
    role: Option<Role>,
) -> Result<Vec<AttendanceRow>, IpcError> {
    state.with_store(|s| documents::sheet::sheet_lines(s.conn(), event_id, role))
}

/// Ticks or unticks a person at an event (every role they have there).
#[tauri::command]
pub fn set_person_present(
    state: State<'_, AppState>,
    event_id: i64,
    person_id: i64,
    present: bool,
) -> Result<(), IpcError> {
    state.with_store(|s| {
        s.with_tx(|tx| delegation::set_person_present(tx, event_id, person_id, present))
    })
}

/// The programme or invitation list as PDF bytes.
#[tauri::command]
pub fn render_plan_document(
    state: State<'_, AppState>,
    event_id: i64,
    which: PlanDocument,
    language: ReportLang,
) -> Result<Response, IpcError> {
    state
        .with_store(|s| programme::print_plan(s.conn(), event_id, which, language))
        .map(Response::new)
}

/// Writes the programme or invitation list as a PDF file.
#[tauri::command]
pub fn save_plan_document(
    state: State<'_, AppState>,
    event_id: i64,
    which: PlanDocument,
    language: ReportLang,
    path: PathBuf,
) -> Result<(), IpcError> {
    state.with_store(|s| programme::save_plan_document(s.conn(), event_id, which, language, &path))
}

/// Writes an event or a month as an `.ics` calendar file.
#[tauri::command]
pub fn save_ics(
    state: State<'_, AppState>,
    scope: IcsScope,
    language: Lang,
    path: PathBuf,
) -> Result<(), IpcError> {
    let now = chrono::Utc::now();
    state.with_store(|s| ics_export::save_ics(s.conn(), &scope, language, &path, now))
}

/// The public holidays of a year (built-in list with the office's edits).
#[tauri::command]
pub fn list_holidays(state: State<'_, AppState>, year: i32) -> Result<Vec<Holiday>, IpcError> {
    state.with_store(|s| holidays::list_holidays(s.conn(), year))
}

/// Adds or renames a holiday.
#[tauri::command]
pub fn save_holiday(
    state: State<'_, AppState>,
    holiday: HolidayInput,
) -> Result<Holiday, IpcError> {
    state.with_store(|s| s.with_tx(|tx| holidays::save_holiday(tx, &holiday)))
}

/// Takes a day out of the holidays.
#[tauri::command]
pub fn remove_holiday(state: State<'_, AppState>, day: String) -> Result<(), IpcError> {
    state.with_store(|s| s.with_tx(|tx| holidays::remove_holiday(tx, &day)))
}

/// Forgets the office's edits of a year; returns how many there were.
#[tauri::command]
pub fn reset_holidays(state: State<'_, AppState>, year: i32) -> Result<usize, IpcError> {
    state.with_store(|s| s.with_tx(|tx| holidays::reset_holidays(tx, year)))
}
