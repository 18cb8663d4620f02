//! Events, attendance, media coverage and memoranda.

use crate::{AppState, IpcError};
use kense_core::attendance::{self, AttendanceRow};
use kense_core::events::{self, Event, EventFilter, EventInput};
use kense_core::kinds::Role;
use kense_core::media::{self, MediaInput, MediaItem};
use kense_core::memoranda::{self, Memorandum, MemorandumInput};
use tauri::State;

/// Events matching the filters, by start time.
#[tauri::command]
pub fn list_events(
    state: State<'_, AppState>,
    filter: EventFilter,
) -> Result<Vec<Event>, IpcError> {
    state.with_store(|s| events::list_events(s.conn(), &filter))
}

/// One event.
#[tauri::command]
pub fn get_event(state: State<'_, AppState>, id: i64) -> Result<Event, IpcError> {
    state.with_store(|s| events::get_event(s.conn(), id))
}

/// Adds an event.
#[tauri::command]
pub fn create_event(state: State<'_, AppState>, event: EventInput) -> Result<Event, IpcError> {
    state.with_store(|s| {
        s.with_tx(|tx| {
            let id = events::insert_event(tx, &event)?;
            events::get_event(tx, id)
        })
    })
}

/// Saves an event.
#[tauri::command]
pub fn update_event(
    state: State<'_, AppState>,
    id: i64,
    event: EventInput,
) -> Result<Event, IpcError> {
    state.with_store(|s| {
        s.with_tx(|tx| {
            events::update_event(tx, id, &event)?;
            events::get_event(tx, id)
        })
    })
}

/// Deletes an event (undo with restore).
#[tauri::command]
pub fn delete_event(state: State<'_, AppState>, id: i64) -> Result<(), IpcError> {
    state.with_store(|s| s.with_tx(|tx| events::delete_event(tx, id)))
}

/// Brings back a deleted event.
#[tauri::command]
pub fn restore_event(state: State<'_, AppState>, id: i64) -> Result<(), IpcError> {
    state.with_store(|s| s.with_tx(|tx| events::restore_event(tx, id)))
}

/// The people of an event.
#[tauri::command]
pub fn list_event_attendance(
    state: State<'_, AppState>,
    event_id: i64,
) -> Result<Vec<AttendanceRow>, IpcError> {
    state.with_store(|s| attendance::list_event_attendance(s.conn(), event_id))
}

/// Adds people to an event; returns how many were new.
#[tauri::command]
pub fn add_attendance(
    state: State<'_, AppState>,
    event_id: i64,
    person_ids: Vec<i64>,
    role: Role,
) -> Result<usize, IpcError> {
    state
        .with_store(|s| s.with_tx(|tx| attendance::add_attendance(tx, event_id, &person_ids, role)))
}

/// Adds everyone in a category to an event.
#[tauri::command]
pub fn add_attendance_by_category(
    state: State<'_, AppState>,
    event_id: i64,
    category_id: i64,
    role: Role,
) -> Result<usize, IpcError> {
    state.with_store(|s| {
        s.with_tx(|tx| attendance::add_attendance_by_category(tx, event_id, category_id, role))
    })
}

/// Adds everyone of an organisation to an event.
#[tauri::command]
pub fn add_attendance_by_organisation(
    state: State<'_, AppState>,
    event_id: i64,
    organisation_id: i64,
    role: Role,
) -> Result<usize, IpcError> {
    state.with_store(|s| {
        s.with_tx(|tx| {
            attendance::add_attendance_by_organisation(tx, event_id, organisation_id, role)
        })
    })
}

/// Ticks or unticks a person as present.
#[tauri::command]
pub fn set_attendance_present(
    state: State<'_, AppState>,
    attendance_id: i64,
    present: bool,
) -> Result<(), IpcError> {
    state.with_store(|s| attendance::set_present(s.conn(), attendance_id, present))
}

/// Removes a person from an event.
#[tauri::command]
pub fn remove_attendance(state: State<'_, AppState>, attendance_id: i64) -> Result<(), IpcError> {
    state.with_store(|s| s.with_tx(|tx| attendance::remove_attendance(tx, attendance_id)))
}

/// The publications about an event.
#[tauri::command]
pub fn list_media(state: State<'_, AppState>, event_id: i64) -> Result<Vec<MediaItem>, IpcError> {
    state.with_store(|s| media::list_media(s.conn(), event_id))
}

/// Adds a publication to an event.
#[tauri::command]
pub fn add_media(
    state: State<'_, AppState>,
    event_id: i64,
    media: MediaInput,
) -> Result<i64, IpcError> {
    state.with_store(|s| s.with_tx(|tx| media::insert_media(tx, event_id, &media)))
}

/// Saves a publication.
#[tauri::command]
pub fn update_media(
    state: State<'_, AppState>,
    id: i64,
    media: MediaInput,
) -> Result<(), IpcError> {
    state.with_store(|s| s.with_tx(|tx| media::update_media(tx, id, &media)))
}

/// Deletes a publication.
#[tauri::command]
pub fn delete_media(state: State<'_, AppState>, id: i64) -> Result<(), IpcError> {
    state.with_store(|s| s.with_tx(|tx| media::delete_media(tx, id)))
}

/// The memoranda of an event.
#[tauri::command]
pub fn list_memoranda(
    state: State<'_, AppState>,
    event_id: i64,
) -> Result<Vec<Memorandum>, IpcError> {
    state.with_store(|s| memoranda::list_memoranda(s.conn(), event_id))
}

/// Adds a memorandum to an event.
#[tauri::command]
pub fn add_memorandum(
    state: State<'_, AppState>,
    event_id: i64,
    memorandum: MemorandumInput,
) -> Result<i64, IpcError> {
    state.with_store(|s| s.with_tx(|tx| memoranda::insert_memorandum(tx, event_id, &memorandum)))
}

/// Deletes a memorandum.
#[tauri::command]
pub fn delete_memorandum(state: State<'_, AppState>, id: i64) -> Result<(), IpcError> {
    state.with_store(|s| s.with_tx(|tx| memoranda::delete_memorandum(tx, id)))
}
