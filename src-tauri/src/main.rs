//! The Kense desktop app.
// Hide the console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    let options = kense_app::LaunchOptions::from_args(std::env::args_os().skip(1));
    if let Err(err) = kense_app::run(options) {
        eprintln!("Kense could not start: {err}");
        std::process::exit(1);
    }
}
