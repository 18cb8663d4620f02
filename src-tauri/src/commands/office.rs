//! The app, the office profile, signatories, campaigns, the demo office and
//! the change log.

use crate::IpcError;
use kense_core::campaigns::{self, Campaign, CampaignInput};
use kense_core::changelog::{self, Change};
use kense_core::office::{self, OfficeProfile, OfficeProfileInput};
use kense_core::signatories::{self, Signatory, SignatoryInput};
use kense_core::{Lang, settings};
use serde::Serialize;
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

fn schema_version(conn: &rusqlite::Connection) -> kense_core::Result<i64> {
    conn.pragma_query_value(None, "user_version", |row| row.get(0))
        .map_err(|source| kense_core::Error::Sqlite {
            context: "reading the schema version",
            source,
        })
}

crate::commands! {
    /// Version, database path, language and any error opening the database.
    fn app_info(state) -> AppInfo {
        let opened =
            state.read(|c| Ok((schema_version(c)?, settings::get_language(c)?)));
        let (schema_version, language, open_error) = match opened {
            Ok((version, lang)) => (Some(version), lang, None),
            Err(err) => (None, Lang::default(), Some(err)),
        };
        Ok(AppInfo {
            version: env!("CARGO_PKG_VERSION").to_owned(),
            db_path: state.db_path().display().to_string(),
            schema_version,
            language,
            open_error,
            first_run: state.first_run(),
        })
    }

    /// Remembers the UI language.
    fn set_language(state, language: Lang) -> () {
        state.write(|s| settings::set_language(s.conn(), language))
    }

    /// The office profile.
    fn get_office_profile(state) -> OfficeProfile {
        state.read(office::get_office_profile)
    }

    /// Saves the office profile.
    fn update_office_profile(state, profile: OfficeProfileInput) -> OfficeProfile {
        state.write(|s| office::update_office_profile(s.conn(), &profile))
    }

    /// The signatories.
    fn list_signatories(state) -> Vec<Signatory> {
        state.read(signatories::list_signatories)
    }

    /// Adds or edits a signatory.
    fn save_signatory(state, signatory: SignatoryInput) -> Signatory {
        state.write(|s| s.with_tx(|tx| signatories::save_signatory(tx, &signatory)))
    }

    /// Deletes a signatory.
    fn delete_signatory(state, id: i64) -> () {
        state.write(|s| signatories::delete_signatory(s.conn(), id))
    }

    /// The campaigns and initiatives.
    fn list_campaigns(state) -> Vec<Campaign> {
        state.read(campaigns::list_campaigns)
    }

    /// Adds or edits a campaign; returns its id.
    fn save_campaign(state, campaign: CampaignInput) -> i64 {
        state.write(|s| s.with_tx(|tx| campaigns::save_campaign(tx, &campaign)))
    }

    /// The latest changes of one row (entity `person`, `organisation`,
    /// `event`…), newest first; of everything when `entity` is null.
    fn list_changes(state, entity: Option<String>, id: Option<i64>, limit: u32) -> Vec<Change> {
        state.read(|c| changelog::list_changes(c, entity.as_deref().zip(id), limit))
    }

    /// Fills the demo office (profile, organisations, people, three months
    /// of events) into an empty registry; returns the counts.
    fn fill_demo(state) -> DemoCounts {
        state.write(|s| crate::state::fill_demo(s).map(DemoCounts::from))
    }
}
