//! The Kense desktop app.
// Hide the console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() -> std::process::ExitCode {
    kense_app::launch(std::env::args_os().skip(1))
}
