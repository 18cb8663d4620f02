//! What the user sees when something goes badly wrong: a native message box
//! for a panic and for a start that failed (a Windows build has no console,
//! so `eprintln!` there reaches nobody), and a log line for each.
//!
//! The box is in both languages, Kazakh first (the language setting lives in
//! the database, which may be what failed), and names the log folder.
//! Before the app is built it is an `rfd` box (the dialog plugin needs a
//! running app); once the app runs, a panic off the main thread is shown
//! through the dialog plugin on the main thread.

use kense_core::Lang;
use kense_core::i18n::Translator;
use kense_core::logs::scrub_panic_message;
use std::path::Path;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, Ordering};

/// Shows a message on the running app's main thread (set once it runs).
type Shower = Box<dyn Fn(String, String) + Send + Sync>;

static APP_SHOWER: OnceLock<Shower> = OnceLock::new();
static PANIC_SHOWN: AtomicBool = AtomicBool::new(false);

/// The message box text for a panic.
pub fn panic_text(log_dir: &Path) -> String {
    compose("fatal-panic", log_dir, None)
}

/// The message box text for a start that failed with `detail`.
pub fn startup_text(detail: &str, log_dir: &Path) -> String {
    compose("fatal-start", log_dir, Some(detail))
}

/// The box's title, both languages.
pub fn title() -> String {
    let kk = Translator::new(Lang::Kk).tr("fatal-title", &[]);
    let ru = Translator::new(Lang::Ru).tr("fatal-title", &[]);
    if kk == ru { kk } else { format!("{kk} / {ru}") }
}

fn compose(key: &str, log_dir: &Path, detail: Option<&str>) -> String {
    let folder = log_dir.display().to_string();
    let mut parts: Vec<String> = [Lang::Kk, Lang::Ru]
        .into_iter()
        .map(|lang| Translator::new(lang).tr(key, &[]))
        .collect();
    let both = |key: &str, arg: &str, value: &str| {
        [Lang::Kk, Lang::Ru]
            .map(|lang| Translator::new(lang).tr(key, &[(arg, value)]))
            .join("\n")
    };
    parts.push(both("fatal-log-folder", "folder", &folder));
    if let Some(detail) = detail {
        let kk = Translator::new(Lang::Kk).tr("fatal-detail", &[("detail", detail)]);
        parts.push(kk);
    }
    parts.join("\n\n")
}

/// Shows an error box now, blocking until it is closed (used before the app
/// runs, and for a panic on the main thread).
pub fn show_blocking(title: &str, text: &str) {
    let _ = rfd::MessageDialog::new()
        .set_level(rfd::MessageLevel::Error)
        .set_title(title)
        .set_description(text)
        .set_buttons(rfd::MessageButtons::Ok)
        .show();
}

/// From now on a panic's box is shown by `show` (on the main thread of the
/// running app), unless it panics on the main thread itself.
pub fn when_app_runs(show: impl Fn(String, String) + Send + Sync + 'static) {
    let _ = APP_SHOWER.set(Box::new(show));
}

/// Logs every panic (its message scrubbed of values, and where it was) and
/// shows the first one to the user.
pub fn install_panic_hook(log_dir: std::path::PathBuf) {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let payload = info.payload();
        let message = match (
            payload.downcast_ref::<&'static str>(),
            payload.downcast_ref::<String>(),
        ) {
            (Some(text), _) => scrub_panic_message(text, true),
            (None, Some(text)) => scrub_panic_message(text, false),
            (None, None) => String::from("(no message)"),
        };
        let location = info
            .location()
            .map(|l| format!("{}:{}:{}", l.file(), l.line(), l.column()))
            .unwrap_or_default();
        let thread = std::thread::current();
        let on_main = thread.name() == Some("main");
        tracing::error!(%message, %location, thread = thread.name().unwrap_or("?"), "panic");
        default(info);
        if PANIC_SHOWN.swap(true, Ordering::SeqCst) {
            return;
        }
        let text = panic_text(&log_dir);
        match APP_SHOWER.get() {
            Some(show) if !on_main => show(title(), text),
            _ => show_blocking(&title(), &text),
        }
    }));
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    #[test]
    fn the_panic_box_speaks_kazakh_then_russian_and_names_the_log_folder() {
        let dir = PathBuf::from("logs-here").join("kense");
        let text = panic_text(&dir);
        let kk = text.find("ішкі қате").expect("Kazakh text");
        let ru = text.find("внутренняя ошибка").expect("Russian text");
        assert!(kk < ru, "{text}");
        assert!(text.contains(&dir.display().to_string()), "{text}");
        assert!(text.contains("Журнал қалтасы") && text.contains("Папка журнала"));
        assert!(!text.contains("fatal-"), "an untranslated key: {text}");
    }

    #[test]
    fn the_start_box_says_it_could_not_start_and_why() {
        let text = startup_text("the WebView2 runtime is missing", Path::new("L"));
        assert!(text.contains("іске қосылмады"), "{text}");
        assert!(text.contains("не удалось запустить"), "{text}");
        assert!(text.contains("the WebView2 runtime is missing"), "{text}");
        assert_eq!(title(), "Kense — қате / Kense — ошибка");
    }
}
