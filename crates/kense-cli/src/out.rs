//! Standard output that survives a closed pipe: `kense report --json | head`
//! must finish its work and exit 0, never panic. A write that fails because
//! the reader went away is dropped quietly (and so are the ones after it).

use kense_core::Error;
use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};

static CLOSED: AtomicBool = AtomicBool::new(false);

/// Writes one line to stdout; after the reader has gone, does nothing.
pub fn line(args: std::fmt::Arguments<'_>) {
    if CLOSED.load(Ordering::Relaxed) {
        return;
    }
    let mut out = std::io::stdout().lock();
    if out
        .write_fmt(args)
        .and_then(|()| out.write_all(b"\n"))
        .is_err()
    {
        CLOSED.store(true, Ordering::Relaxed);
    }
}

/// Flushes stdout at the end, ignoring a closed pipe.
pub fn finish() {
    if !CLOSED.load(Ordering::Relaxed) && std::io::stdout().flush().is_err() {
        CLOSED.store(true, Ordering::Relaxed);
    }
}

/// `println!` that never panics on a closed stdout.
macro_rules! outln {
    ($($arg:tt)*) => {
        $crate::out::line(format_args!($($arg)*))
    };
}
pub(crate) use outln;

/// Prints `value` as pretty JSON.
pub fn print_json<T: serde::Serialize>(value: &T) -> Result<(), Error> {
    let text = serde_json::to_string_pretty(value).map_err(|e| Error::Io {
        path: std::path::PathBuf::from("<stdout>"),
        source: std::io::Error::other(e),
    })?;
    line(format_args!("{text}"));
    Ok(())
}
