//! Settings → «Send to region» and the Region screen: the office's code and
//! hub address, a push now or a package file, and the consolidated report
//! read from the hub. The hub password is typed for one call and kept
//! nowhere (libpq's password file is read when none is typed).

use crate::IpcError;
use crate::picked::{FileHandle, SaveFormat};
use kense_core::ErrorCode;
use kense_core::FieldName;
use kense_core::hub::status::{self, SendStatus};
use kense_core::report::ReportQuery;
use kense_hub::HubError;
use kense_hub::push::Applied;
use kense_hub::report::HubReport;
use serde::Serialize;
use ts_rs::TS;

/// A package written with [`save_hub_package`].
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SavedPackage {
    /// The change set's number.
    pub seq: i64,
    /// Rows in it.
    #[ts(type = "number")]
    pub rows: usize,
}

/// A hub error as the UI shows it: the office database's own errors as
/// they are, the hub's with a code of their own and the detail (which names
/// no person) in the message.
fn hub_error(err: HubError) -> IpcError {
    let message = err.to_string();
    let code = match err {
        HubError::Core(core) => return IpcError::from(core),
        HubError::BadUrl(_) => {
            return IpcError::from(kense_core::Error::validation(
                FieldName::HubUrl,
                kense_core::Invalid::NotAHubUrl,
                message,
            ));
        }
        HubError::Unreachable(_) => ErrorCode::HubUnreachable,
        HubError::NotInitialised
        | HubError::OlderHubSchema { .. }
        | HubError::NewerHubSchema { .. } => ErrorCode::HubSchema,
        HubError::Postgres { .. } | HubError::Refused(_) => ErrorCode::HubRefused,
    };
    IpcError::new(code, message)
}

/// The hub address stored in Settings, or a validation error naming it.
fn stored_url(state: &crate::AppState) -> Result<String, IpcError> {
    let url = state.read(status::hub_url)?;
    if url.is_empty() {
        return Err(IpcError::from(kense_core::Error::validation(
            FieldName::HubUrl,
            kense_core::Invalid::Required,
            "no hub address is set",
        )));
    }
    Ok(url)
}

fn today() -> chrono::NaiveDate {
    kense_core::time::local_today()
}

crate::commands! {
    /// The office's code, hub address, last send and the month due.
    fn get_send_status(state) -> SendStatus {
        state.read(|c| status::send_status(c, today()))
    }

    /// Sets the office's code and the hub address (no password), and
    /// whether IINs are sent.
    fn set_send_settings(state, code: String, url: String, send_iin: bool) -> SendStatus {
        state.write(|store| {
            store.with_tx(|tx| status::set_send_settings(tx, &code, &url, send_iin))?;
            status::send_status(store.conn(), today())
        })
    }

    /// Sends what changed since the last send to the hub now, in one hub
    /// transaction (all or nothing).
    fn push_to_hub(state, password: Option<String>) -> Applied {
        let url = stored_url(&state)?;
        let mut client = kense_hub::connect_with(&url, password.as_deref()).map_err(hub_error)?;
        // The hub's own errors are not kense-core's: the writer hands the
        // push's result back whole.
        let applied = state
            .write(|store| Ok(kense_hub::push::push(store, &mut client, &mut |_| Ok(()))))?
            .map_err(hub_error)?;
        tracing::info!(seq = applied.seq, rows = applied.rows_sent, "hub push");
        Ok(applied)
    }

    /// Writes what changed since the last send to a package file the user
    /// picked (for an office with no network); it counts as sent.
    fn save_hub_package(state, file: FileHandle) -> SavedPackage {
        let path = state.picked().save_path(file, &[SaveFormat::Kpack])?;
        let set = state
            .write(|store| Ok(kense_hub::push::export_package(store, &path, false)))?
            .map_err(hub_error)?;
        state.picked().wrote(&path);
        Ok(SavedPackage { seq: set.seq, rows: set.row_count() })
    }

    /// The report of a period across the offices on the hub at `url` (or
    /// the stored address when empty), with each office's own.
    fn get_hub_report(state, url: String, password: Option<String>, query: ReportQuery, office: Option<String>) -> HubReport {
        let url = if url.trim().is_empty() { stored_url(&state)? } else { url.trim().to_owned() };
        let mut client = kense_hub::connect_with(&url, password.as_deref()).map_err(hub_error)?;
        let office = office.filter(|o| !o.trim().is_empty());
        kense_hub::report::hub_report(&mut client, &query, office.as_deref()).map_err(hub_error)
    }
}
