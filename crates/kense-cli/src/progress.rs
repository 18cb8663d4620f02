//! The progress of long commands (`doc issue`, `import`) on the terminal:
//! an `indicatif` bar on stderr, nothing at all when stderr is not a
//! terminal (a script, a pipe, a log file), so output stays clean.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use kense_core::progress::{CancelFlag, Progress};
use std::io::IsTerminal;

/// A bar titled `message` counting units («312/1000»), fed by the returned
/// [`Progress`]; call [`finish`] when the work ends (it clears the bar).
pub fn terminal(message: String) -> (ProgressBar, Progress<'static>) {
    with_template(message, "{msg} [{bar:30}] {pos}/{len} · {eta}")
}

/// [`terminal`] for work that counts bytes (a backup): «120.5 MiB/300.0 MiB».
pub fn terminal_bytes(message: String) -> (ProgressBar, Progress<'static>) {
    with_template(message, "{msg} [{bar:30}] {bytes}/{total_bytes} · {eta}")
}

fn with_template(message: String, template: &str) -> (ProgressBar, Progress<'static>) {
    let target = if std::io::stderr().is_terminal() {
        ProgressDrawTarget::stderr()
    } else {
        ProgressDrawTarget::hidden()
    };
    let bar = ProgressBar::with_draw_target(None, target);
    // A template that does not parse is a bug here: fall back to the default.
    if let Ok(style) = ProgressStyle::with_template(template) {
        bar.set_style(style.progress_chars("=> "));
    }
    bar.set_message(message);
    let sink = bar.clone();
    let progress = Progress::new(
        move |step| {
            sink.set_length(step.total);
            sink.set_position(step.done);
        },
        CancelFlag::new(),
    );
    (bar, progress)
}

/// Removes the bar from the terminal (the result is printed after it).
pub fn finish(bar: &ProgressBar) {
    bar.finish_and_clear();
}
