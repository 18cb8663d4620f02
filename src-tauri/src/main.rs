//! The Kense desktop app.
// Hide the console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

/// Many small allocations (documents, reports, imports): mimalloc serves
/// them faster than the system allocator (`kense bench`).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    kense_app::launch(std::env::args_os().skip(1))
}
