//! The `#[tauri::command]`s: each is one kense-core call behind the state.

use crate::{AppState, IpcError};
use kense_core::campaigns::{self, Campaign};
use kense_core::office::{self, OfficeProfile, OfficeProfileInput};
use kense_core::signatories::{self, Signatory, SignatoryInput};
use kense_core::{Lang, settings};
use serde::Serialize;
use tauri::State;
use ts_rs::TS;

/// What the UI needs to start: version, database and language.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AppInfo {
    /// Kense version.
    pub version: String,
    /// The database file.
    pub db_path: String,
    /// Its schema version, when it is open.
    #[ts(optional = nullable)]
    pub schema_version: Option<i64>,
    /// The remembered UI language.
    pub language: Lang,
    /// Why the database could not be opened, if it could not.
    #[ts(optional = nullable)]
    pub open_error: Option<IpcError>,
    /// This launch created the database: offer the demo office.
    pub first_run: bool,
}

/// Version, database path, language and any error opening the database.
#[tauri::command]
pub fn app_info(state: State<'_, AppState>) -> AppInfo {
    let opened = state.with_store(|s| Ok((s.schema_version()?, settings::get_language(s.conn())?)));
    let (schema_version, language, open_error) = match opened {
        Ok((version, lang)) => (Some(version), lang, None),
        Err(err) => (None, Lang::default(), Some(err)),
    };
    AppInfo {
        version: env!("CARGO_PKG_VERSION").to_owned(),
        db_path: state.db_path().display().to_string(),
        schema_version,
        language,
        open_error,
        first_run: state.first_run(),
    }
}

/// Fills the demo office (profile, organisations, people, three months of
/// events) into an empty registry; returns the counts.
#[tauri::command]
pub fn fill_demo(state: State<'_, AppState>) -> Result<DemoCounts, IpcError> {
    state.with_store(|s| crate::state::fill_demo(s).map(DemoCounts::from))
}

/// What [`fill_demo`] added.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DemoCounts {
    /// Organisations.
    pub organisations: u32,
    /// People.
    pub people: u32,
    /// Events.
    pub events: u32,
}

impl From<kense_core::demo::DemoSummary> for DemoCounts {
    fn from(s: kense_core::demo::DemoSummary) -> Self {
        let n = |v: usize| u32::try_from(v).unwrap_or(u32::MAX);
        Self {
            organisations: n(s.organisations),
            people: n(s.people),
            events: n(s.events),
        }
    }
}

/// Remembers the UI language.
#[tauri::command]
pub fn set_language(state: State<'_, AppState>, language: Lang) -> Result<(), IpcError> {
    state.with_store(|s| settings::set_language(s.conn(), language))
}

/// The office profile.
#[tauri::command]
pub fn get_office_profile(state: State<'_, AppState>) -> Result<OfficeProfile, IpcError> {
    state.with_store(|s| office::get_office_profile(s.conn()))
}

/// Saves the office profile.
#[tauri::command]
pub fn update_office_profile(
    state: State<'_, AppState>,
    profile: OfficeProfileInput,
) -> Result<OfficeProfile, IpcError> {
    state.with_store(|s| office::update_office_profile(s.conn(), &profile))
}

/// The signatories.
#[tauri::command]
pub fn list_signatories(state: State<'_, AppState>) -> Result<Vec<Signatory>, IpcError> {
    state.with_store(|s| signatories::list_signatories(s.conn()))
}

/// Adds or edits a signatory.
#[tauri::command]
pub fn save_signatory(
    state: State<'_, AppState>,
    signatory: SignatoryInput,
) -> Result<Signatory, IpcError> {
    state.with_store(|s| s.with_tx(|tx| signatories::save_signatory(tx, &signatory)))
}

/// Deletes a signatory.
#[tauri::command]
pub fn delete_signatory(state: State<'_, AppState>, id: i64) -> Result<(), IpcError> {
    state.with_store(|s| signatories::delete_signatory(s.conn(), id))
}

/// The campaigns and initiatives.
#[tauri::command]
pub fn list_campaigns(state: State<'_, AppState>) -> Result<Vec<Campaign>, IpcError> {
    state.with_store(|s| campaigns::list_campaigns(s.conn()))
}

pub mod about;
pub mod documents;
pub mod events;
pub mod files;
pub mod organisations;
pub mod people;
pub mod planning;
pub mod reports;

/// The latest changes of one row (entity `person`, `organisation`, `event`…),
/// newest first; of everything when `entity` is null.
#[tauri::command]
pub fn list_changes(
    state: State<'_, AppState>,
    entity: Option<String>,
    id: Option<i64>,
    limit: u32,
) -> Result<Vec<kense_core::changelog::Change>, IpcError> {
    state.with_store(|s| {
        let of = entity.as_deref().zip(id);
        kense_core::changelog::list_changes(s.conn(), of, limit)
    })
}

/// Adds or edits a campaign; returns its id.
#[tauri::command]
pub fn save_campaign(
    state: State<'_, AppState>,
    campaign: kense_core::campaigns::CampaignInput,
) -> Result<i64, IpcError> {
    state.with_store(|s| s.with_tx(|tx| campaigns::save_campaign(tx, &campaign)))
}
