//! Settings > About.

use crate::AppState;
use kense_core::about::{self, About};
use tauri::State;

/// The version, where the data is, and the licences of the fonts and main
/// libraries (nothing read from the database: it answers even when that
/// could not be opened).
#[tauri::command]
pub fn about_info(state: State<'_, AppState>) -> About {
    about::about(state.db_path())
}
