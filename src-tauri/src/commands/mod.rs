//! The commands, one module per part of the app. Each module declares its
//! commands once with [`crate::commands!`]; this file lists the modules once
//! for the invoke handler and the TypeScript bindings.

pub mod about;
pub mod diagnostics;
pub mod backups;
pub mod documents;
pub mod events;
pub mod files;
pub mod office;
pub mod organisations;
pub mod people;
pub mod planning;
pub mod reports;

pub use office::{AppInfo, DemoCounts};

use tauri::Runtime;
use tauri::ipc::Invoke;

macro_rules! command_modules {
    ($($module:ident),* $(,)?) => {
        /// The invoke handler: hands the call to the module declaring the
        /// command; false (Tauri answers "not found") for an unknown name.
        pub fn handle<R: Runtime>(invoke: Invoke<R>) -> bool {
            let name = invoke.message.command();
            $(
                if $module::NAMES.contains(&name) {
                    return $module::handler::<R>()(invoke);
                }
            )*
            false
        }

        /// Every command as the UI sees it, module by module.
        pub fn bindings(cfg: &ts_rs::Config) -> Vec<crate::bindings::Command> {
            let mut all = Vec::new();
            $(all.extend($module::bindings(cfg));)*
            all
        }
    };
}

command_modules!(
    office,
    about,
    diagnostics,
    people,
    organisations,
    events,
    files,
    documents,
    reports,
    planning,
    backups,
);
