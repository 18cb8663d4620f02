//! The commands, one module per part of the app. Each module declares its
//! commands once with [`crate::commands!`]; this file lists the modules once
//! for the invoke handler and the TypeScript bindings.

pub mod about;
pub mod backups;
pub mod diagnostics;
pub mod documents;
pub mod events;
pub mod files;
#[cfg(feature = "gui-test")]
#[allow(dead_code)] // its bindings: the UI never calls it
pub mod gui_test;
pub mod hub;
pub mod jobs;
pub mod office;
pub mod organisations;
pub mod people;
pub mod pick;
pub mod planning;
pub mod records;
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
            #[cfg(feature = "gui-test")]
            {
                if gui_test::NAMES.contains(&name) {
                    return gui_test::handler::<R>()(invoke);
                }
            }
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
    pick,
    documents,
    reports,
    planning,
    records,
    backups,
    hub,
    jobs,
);

#[cfg(test)]
mod manifest {
    include!(concat!(env!("OUT_DIR"), "/manifest_commands.rs"));

    #[test]
    fn build_rs_declares_exactly_the_declared_commands_in_the_app_manifest() {
        let mut declared = crate::bindings::command_names();
        #[cfg(feature = "gui-test")]
        declared.extend(super::gui_test::NAMES);
        declared.sort_unstable();
        let mut manifest = MANIFEST_COMMANDS.to_vec();
        manifest.sort_unstable();
        assert_eq!(
            manifest, declared,
            "build.rs read other commands than `commands!` declared"
        );
        #[cfg(not(feature = "gui-test"))]
        assert!(!manifest.iter().any(|c| c.starts_with("gui_test_")));
    }
}
