//! The log file: what Kense did and how long it took, for diagnosing a
//! problem on an office laptop, never what it did it to.
//!
//! One plain-text file a day (`kense.YYYY-MM-DD.log`) in
//! [`crate::paths::log_dir`], the newest [`KEEP_FILES`] kept. Lines carry
//! command names, ids, counts, durations and error codes; never names, IINs,
//! phones, file paths (a Windows profile folder is named after its user) or
//! file contents. Code that logs keeps to that: log a count or a code, not
//! a value, and never an error's `Display` (it may quote a cell).
//!
//! The desktop app always logs (level `info`, or `KENSE_LOG`); the `kense`
//! command only when `KENSE_LOG` is set.

use std::path::{Path, PathBuf};
use tracing_appender::rolling::{RollingFileAppender, Rotation};
use tracing_subscriber::EnvFilter;

/// The environment variable that turns logging on in the `kense` command
/// and sets its filter in both (`info`, `debug`, `kense_core=debug`, …).
pub const LOG_ENV: &str = "KENSE_LOG";

/// How many daily files are kept (older ones are deleted as a new day starts).
pub const KEEP_FILES: usize = 14;

/// The log files' names: `kense.<date>.log`.
const PREFIX: &str = "kense";
const SUFFIX: &str = "log";

/// Why logging could not start.
#[derive(Debug, thiserror::Error)]
pub enum LogError {
    /// The log folder could not be made or written.
    #[error("the log folder {path} cannot be used: {reason}")]
    Folder {
        /// The folder.
        path: PathBuf,
        /// What the file appender said.
        reason: String,
    },
    /// Another subscriber was installed first (in tests).
    #[error("logging is already set up")]
    AlreadySet,
}

/// The filter: `KENSE_LOG` when it parses, else `default`.
pub fn filter_from_env(default: &str) -> String {
    std::env::var(LOG_ENV)
        .ok()
        .filter(|v| !v.trim().is_empty() && EnvFilter::try_new(v.trim()).is_ok())
        .map(|v| v.trim().to_owned())
        .unwrap_or_else(|| default.to_owned())
}

/// Sends this process's `tracing` events at `filter` and above to the daily
/// file in `dir` (made when missing). Call once, at start.
pub fn init(dir: &Path, filter: &str) -> Result<(), LogError> {
    std::fs::create_dir_all(dir).map_err(|err| LogError::Folder {
        path: dir.to_path_buf(),
        reason: err.to_string(),
    })?;
    let appender = RollingFileAppender::builder()
        .rotation(Rotation::DAILY)
        .filename_prefix(PREFIX)
        .filename_suffix(SUFFIX)
        .max_log_files(KEEP_FILES)
        .build(dir)
        .map_err(|err| LogError::Folder {
            path: dir.to_path_buf(),
            reason: err.to_string(),
        })?;
    let filter = EnvFilter::try_new(filter).unwrap_or_else(|_| EnvFilter::new("info"));
    tracing_subscriber::fmt()
        .with_writer(appender)
        .with_env_filter(filter)
        .with_target(true)
        .try_init()
        .map_err(|_| LogError::AlreadySet)?;
    tracing::info!(
        version = env!("CARGO_PKG_VERSION"),
        os = std::env::consts::OS,
        arch = std::env::consts::ARCH,
        "log started"
    );
    Ok(())
}

/// The log files in `dir`, oldest first (an absent folder has none).
pub fn log_files(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .map(|n| n.to_string_lossy())
                .is_some_and(|n| n.starts_with(PREFIX) && n.ends_with(SUFFIX))
        })
        .collect();
    files.sort();
    files
}

/// An error as it may be logged: its code, and its text with the file path
/// it names replaced by `<file>` and long digit runs masked (for internal
/// errors, whose SQLite or I/O detail is what a diagnosis needs).
pub fn error_detail(err: &crate::Error) -> String {
    let mut text = err.to_string();
    if let Some(path) = err.path() {
        text = text.replace(&path.display().to_string(), "<file>");
    }
    format!(
        "{}: {}",
        err.code().as_str(),
        scrub_panic_message(&text, true)
    )
}

/// A panic's message as it may be logged: a literal message whole; a
/// formatted one only up to the first quote or `": "` (what follows is
/// usually a value: `called Result::unwrap() on an Err value: …`), with
/// backquoted text kept only when it names code (`Result::unwrap()`,
/// `Err`); in both, long digit runs (IINs, phones) masked and at most 200
/// characters.
pub fn scrub_panic_message(message: &str, literal: bool) -> String {
    let kept = if literal {
        message.to_owned()
    } else {
        let cut = [": ", "'", "\""]
            .iter()
            .filter_map(|m| message.find(m))
            .min()
            .unwrap_or(message.len());
        without_quoted_values(&message[..cut])
    };
    let mut out = String::new();
    let mut digits = String::new();
    for c in kept.chars().chain(std::iter::once('\0')) {
        if c.is_ascii_digit() {
            digits.push(c);
            continue;
        }
        if digits.len() > 4 {
            out.push_str("#####");
        } else {
            out.push_str(&digits);
        }
        digits.clear();
        if c != '\0' {
            out.push(c);
        }
    }
    let out = out.trim_end();
    match out.char_indices().nth(200) {
        Some((at, _)) => format!("{}…", &out[..at]),
        None => out.to_owned(),
    }
}

/// `text` with each backquoted part that does not name code replaced by `…`.
fn without_quoted_values(text: &str) -> String {
    let names_code = |q: &str| {
        q.contains("::") || q.ends_with("()") || ["Err", "Ok", "None", "Some"].contains(&q)
    };
    let mut out = String::new();
    for (i, part) in text.split('`').enumerate() {
        if i > 0 {
            out.push('`');
        }
        // Odd parts are inside backquotes (an unclosed one included).
        if i % 2 == 1 && !names_code(part) {
            out.push('…');
        } else {
            out.push_str(part);
        }
    }
    out
}

#[cfg(test)]
#[allow(
    clippy::disallowed_methods,
    reason = "tests write their fixtures (foreign, broken and empty files) directly"
)]
mod tests {
    use super::*;

    #[test]
    fn a_formatted_panic_keeps_its_kind_and_drops_the_value() {
        assert_eq!(
            scrub_panic_message(
                "called `Result::unwrap()` on an `Err` value: \"Әлия\"",
                false
            ),
            "called `Result::unwrap()` on an `Err` value"
        );
        assert_eq!(
            scrub_panic_message("begin <= end (4 <= 2) when slicing `Әлия Aliya`", false),
            "begin <= end (4 <= 2) when slicing `…`"
        );
        assert_eq!(
            scrub_panic_message(
                "index out of bounds: the len is 3 but the index is 5",
                false
            ),
            "index out of bounds"
        );
        assert_eq!(
            scrub_panic_message(
                "byte index 5 is not a char boundary; it is inside 'ә' (bytes 4..6) of `Әлия`",
                false
            ),
            "byte index 5 is not a char boundary; it is inside"
        );
        assert_eq!(
            scrub_panic_message("bad person 870412300415 +77011234567", false),
            "bad person ##### +#####"
        );
    }

    #[test]
    fn a_literal_panic_is_kept_but_its_digits_still_masked() {
        assert_eq!(
            scrub_panic_message("the writer's queue: closed", true),
            "the writer's queue: closed"
        );
        assert_eq!(scrub_panic_message("id 12345678", true), "id #####");
        let long = "ы".repeat(300);
        assert_eq!(scrub_panic_message(&long, true).chars().count(), 201);
    }

    #[test]
    fn an_error_is_logged_without_its_path() {
        let err = crate::Error::Io {
            path: PathBuf::from("/home/aigerim/Жұмабекова 870412300415.pdf"),
            source: std::io::Error::other("disk full"),
        };
        let detail = error_detail(&err);
        assert!(detail.starts_with(err.code().as_str()), "{detail}");
        assert!(detail.contains("disk full"), "{detail}");
        assert!(
            !detail.contains("aigerim") && !detail.contains("Жұмабекова"),
            "{detail}"
        );
        assert!(!detail.contains("870412300415"), "{detail}");
    }

    #[test]
    fn lists_only_kense_log_files_oldest_first() {
        let dir = tempfile::tempdir().unwrap();
        for name in ["kense.2026-12-02.log", "kense.2026-12-01.log", "other.txt"] {
            std::fs::write(dir.path().join(name), "x").unwrap();
        }
        let names: Vec<String> = log_files(dir.path())
            .iter()
            .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, ["kense.2026-12-01.log", "kense.2026-12-02.log"]);
        assert!(log_files(&dir.path().join("absent")).is_empty());
    }
}
