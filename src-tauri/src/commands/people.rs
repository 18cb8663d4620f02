//! People and categories.

use crate::{AppState, IpcError};
use kense_core::attendance::{self, PersonEvent};
use kense_core::audit::{self, AuditEntry};
use kense_core::categories::{self, Category, CategoryInput};
use kense_core::people::{
    self, Person, PersonFilter, PersonInput, PersonSummary, PossibleDuplicate,
};
use kense_core::privacy::{self, EraseReport};
use tauri::State;

/// People matching a search and filters, in Kazakh alphabet order.
#[tauri::command]
pub fn list_people(
    state: State<'_, AppState>,
    filter: PersonFilter,
) -> Result<Vec<PersonSummary>, IpcError> {
    state.with_store(|s| people::list_people(s.conn(), &filter))
}

/// One person.
#[tauri::command]
pub fn get_person(state: State<'_, AppState>, id: i64) -> Result<Person, IpcError> {
    state.with_store(|s| people::get_person(s.conn(), id))
}

/// Adds a person.
#[tauri::command]
pub fn create_person(state: State<'_, AppState>, person: PersonInput) -> Result<Person, IpcError> {
    state.with_store(|s| {
        s.with_tx(|tx| {
            let id = people::insert_person(tx, &person)?;
            people::get_person(tx, id)
        })
    })
}

/// Saves a person.
#[tauri::command]
pub fn update_person(
    state: State<'_, AppState>,
    id: i64,
    person: PersonInput,
) -> Result<Person, IpcError> {
    state.with_store(|s| {
        s.with_tx(|tx| {
            people::update_person(tx, id, &person)?;
            people::get_person(tx, id)
        })
    })
}

/// Existing people who may be the one being entered.
#[tauri::command]
pub fn find_person_duplicates(
    state: State<'_, AppState>,
    person: PersonInput,
    except: Option<i64>,
) -> Result<Vec<PossibleDuplicate>, IpcError> {
    state.with_store(|s| people::find_duplicates(s.conn(), &person, except))
}

/// Deletes a person (undo with restore).
#[tauri::command]
pub fn delete_person(state: State<'_, AppState>, id: i64) -> Result<(), IpcError> {
    state.with_store(|s| s.with_tx(|tx| people::delete_person(tx, id)))
}

/// A person's IIN in full, when the user asks to see it on their page
/// (everything else carries it masked).
#[tauri::command]
pub fn reveal_person_iin(state: State<'_, AppState>, id: i64) -> Result<String, IpcError> {
    state.with_store(|s| people::reveal_iin(s.conn(), id))
}

/// Erases a person's personal data for good (documents keep the printed
/// name); recorded in the change log and the audit trail without the data.
#[tauri::command]
pub fn erase_person(state: State<'_, AppState>, id: i64) -> Result<EraseReport, IpcError> {
    state.with_store(|s| privacy::erase_person(s, id))
}

/// The audit trail of operations that took personal data out, newest first.
#[tauri::command]
pub fn list_audit(state: State<'_, AppState>, limit: u32) -> Result<Vec<AuditEntry>, IpcError> {
    state.with_store(|s| audit::list_audit(s.conn(), limit))
}

/// Brings back a deleted person.
#[tauri::command]
pub fn restore_person(state: State<'_, AppState>, id: i64) -> Result<(), IpcError> {
    state.with_store(|s| s.with_tx(|tx| people::restore_person(tx, id)))
}

/// A person's events, newest first.
#[tauri::command]
pub fn list_person_events(
    state: State<'_, AppState>,
    id: i64,
) -> Result<Vec<PersonEvent>, IpcError> {
    state.with_store(|s| attendance::list_person_events(s.conn(), id))
}

/// The categories of people.
#[tauri::command]
pub fn list_categories(state: State<'_, AppState>) -> Result<Vec<Category>, IpcError> {
    state.with_store(|s| categories::list_categories(s.conn()))
}

/// Adds or renames a category.
#[tauri::command]
pub fn save_category(state: State<'_, AppState>, category: CategoryInput) -> Result<i64, IpcError> {
    state.with_store(|s| s.with_tx(|tx| categories::save_category(tx, &category)))
}
