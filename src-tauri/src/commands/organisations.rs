//! Organisations.

use crate::{AppState, IpcError};
use kense_core::organisations::{self, Organisation, OrganisationFilter, OrganisationInput};
use tauri::State;

/// Organisations matching a search and filters.
#[tauri::command]
pub fn list_organisations(
    state: State<'_, AppState>,
    filter: OrganisationFilter,
) -> Result<Vec<Organisation>, IpcError> {
    state.with_store(|s| organisations::list_organisations(s.conn(), &filter))
}

/// One organisation.
#[tauri::command]
pub fn get_organisation(state: State<'_, AppState>, id: i64) -> Result<Organisation, IpcError> {
    state.with_store(|s| organisations::get_organisation(s.conn(), id))
}

/// Adds an organisation.
#[tauri::command]
pub fn create_organisation(
    state: State<'_, AppState>,
    organisation: OrganisationInput,
) -> Result<Organisation, IpcError> {
    state.with_store(|s| {
        s.with_tx(|tx| {
            let id = organisations::insert_organisation(tx, &organisation)?;
            organisations::get_organisation(tx, id)
        })
    })
}

/// Saves an organisation.
#[tauri::command]
pub fn update_organisation(
    state: State<'_, AppState>,
    id: i64,
    organisation: OrganisationInput,
) -> Result<Organisation, IpcError> {
    state.with_store(|s| {
        s.with_tx(|tx| {
            organisations::update_organisation(tx, id, &organisation)?;
            organisations::get_organisation(tx, id)
        })
    })
}

/// Deletes an organisation (undo with restore).
#[tauri::command]
pub fn delete_organisation(state: State<'_, AppState>, id: i64) -> Result<(), IpcError> {
    state.with_store(|s| s.with_tx(|tx| organisations::delete_organisation(tx, id)))
}

/// Brings back a deleted organisation.
#[tauri::command]
pub fn restore_organisation(state: State<'_, AppState>, id: i64) -> Result<(), IpcError> {
    state.with_store(|s| s.with_tx(|tx| organisations::restore_organisation(tx, id)))
}

/// Districts in use, for filters.
#[tauri::command]
pub fn list_districts(state: State<'_, AppState>) -> Result<Vec<String>, IpcError> {
    state.with_store(|s| organisations::list_districts(s.conn()))
}
