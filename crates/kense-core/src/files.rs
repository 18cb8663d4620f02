//! Writing output files safely: a temporary file in the same folder, synced,
//! then renamed over the target, so a failed write leaves no partial file.

use crate::{Error, Result};
use std::fs;
use std::io::Write;
use std::path::Path;

/// Refuses an output path that is neither a new path nor a regular file:
/// a folder, a device (`/dev/full`), a symbolic link or a pipe is never
/// replaced by an output file.
pub fn check_output_path(path: &Path) -> Result<()> {
    let meta = match fs::symlink_metadata(path) {
        Ok(meta) => meta,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(source) => {
            return Err(Error::Io {
                path: path.to_path_buf(),
                source,
            });
        }
    };
    let kind = meta.file_type();
    let what = if kind.is_file() {
        return Ok(());
    } else if kind.is_dir() {
        "a folder"
    } else if kind.is_symlink() {
        "a symbolic link"
    } else {
        special_kind(&kind)
    };
    Err(Error::NotARegularFile {
        path: path.to_path_buf(),
        what,
    })
}

#[cfg(unix)]
fn special_kind(kind: &fs::FileType) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    if kind.is_fifo() {
        "a pipe"
    } else if kind.is_char_device() || kind.is_block_device() {
        "a device"
    } else if kind.is_socket() {
        "a socket"
    } else {
        "not a file"
    }
}

#[cfg(not(unix))]
fn special_kind(_: &fs::FileType) -> &'static str {
    "not a file"
}

/// Writes `bytes` to `path` atomically (temp file + fsync + rename). The
/// path must be new or a regular file ([`check_output_path`]).
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    check_output_path(path)?;
    let io = |source| Error::Io {
        path: path.to_path_buf(),
        source,
    };
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "output".to_owned());
    let tmp = dir.join(format!(".{file_name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut file = fs::File::create(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        fs::rename(&tmp, path)
    })();
    if let Err(source) = result {
        let _ = fs::remove_file(&tmp);
        return Err(io(source));
    }
    Ok(())
}

/// Longest file name written, in bytes (Cyrillic takes two bytes a letter).
pub const MAX_FILE_NAME_BYTES: usize = 200;

/// A file name that Windows, macOS and Linux all accept, made from `stem` and
/// `ext`: path separators and `<>:"|?*` become `-`, control characters go,
/// spaces collapse, trailing dots and spaces go, reserved device names (CON,
/// NUL, COM1…) get a `_`, and the whole name is at most
/// [`MAX_FILE_NAME_BYTES`] bytes, cut on a character boundary.
pub fn safe_file_name(stem: &str, ext: &str) -> String {
    let mut cleaned: String = stem
        .chars()
        .filter(|c| !c.is_control())
        .map(|c| match c {
            '/' | '\\' | '<' | '>' | ':' | '"' | '|' | '?' | '*' => '-',
            other => other,
        })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let budget = MAX_FILE_NAME_BYTES.saturating_sub(ext.len() + 1);
    while cleaned.len() > budget {
        cleaned.pop();
    }
    let mut cleaned = cleaned.trim_end_matches(['.', ' ']).to_owned();
    if cleaned.is_empty() {
        cleaned = "document".to_owned();
    }
    let base = cleaned.split('.').next().unwrap_or("").to_ascii_uppercase();
    let reserved = matches!(base.as_str(), "CON" | "PRN" | "AUX" | "NUL")
        || ((base.starts_with("COM") || base.starts_with("LPT"))
            && base.len() == 4
            && base.as_bytes()[3].is_ascii_digit());
    if reserved {
        cleaned.insert(0, '_');
    }
    format!("{cleaned}.{ext}")
}

/// [`safe_file_name`], made unique among `used` (case-insensitively, as on
/// Windows) by adding « (2)», « (3)»…; the name is added to `used`.
pub fn unique_file_name(
    stem: &str,
    ext: &str,
    used: &mut std::collections::HashSet<String>,
) -> String {
    let mut name = safe_file_name(stem, ext);
    let mut n = 2;
    while used.contains(&name.to_lowercase()) {
        name = safe_file_name(&format!("{stem} ({n})"), ext);
        n += 1;
    }
    used.insert(name.to_lowercase());
    name
}

#[cfg(test)]
#[allow(
    clippy::disallowed_methods,
    reason = "tests write their fixtures (foreign, broken and empty files) directly"
)]
mod tests {
    use super::*;

    #[test]
    fn file_names_are_safe_everywhere() {
        assert_eq!(
            safe_file_name("АХ-2026/0042 Әлденей Әлібек", "pdf"),
            "АХ-2026-0042 Әлденей Әлібек.pdf"
        );
        assert_eq!(
            safe_file_name("a:b*c?\"d<e>f|g\u{7}", "pdf"),
            "a-b-c--d-e-f-g.pdf"
        );
        assert_eq!(safe_file_name("CON", "pdf"), "_CON.pdf");
        assert_eq!(safe_file_name("com1", "pdf"), "_com1.pdf");
        assert_eq!(safe_file_name("  ...  ", "pdf"), "document.pdf");
        let long = safe_file_name(&"Ә".repeat(300), "pdf");
        assert!(long.len() <= MAX_FILE_NAME_BYTES, "{}", long.len());
        assert!(long.ends_with("Ә.pdf"));
        let mut used = std::collections::HashSet::new();
        assert_eq!(unique_file_name("Ким Ли", "pdf", &mut used), "Ким Ли.pdf");
        assert_eq!(
            unique_file_name("КИМ ЛИ", "pdf", &mut used),
            "КИМ ЛИ (2).pdf"
        );
    }

    #[test]
    fn writes_and_replaces() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("Тест құжат.pdf");
        write_atomic(&path, b"one").unwrap();
        write_atomic(&path, b"two").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"two");
        assert_eq!(
            fs::read_dir(dir.path()).unwrap().count(),
            1,
            "no temp file left"
        );
    }

    #[cfg(unix)]
    #[test]
    fn devices_links_pipes_and_folders_are_never_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("target.pdf");
        fs::write(&target, b"keep").unwrap();
        let link = dir.path().join("link.pdf");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        let fifo = dir.path().join("fifo.pdf");
        // A test's fixture, not the product shelling out.
        #[allow(clippy::disallowed_methods)]
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success();
        assert!(made);
        for (path, code) in [
            (Path::new("/dev/full"), crate::ErrorCode::NotARegularFile),
            (link.as_path(), crate::ErrorCode::NotARegularFile),
            (fifo.as_path(), crate::ErrorCode::NotARegularFile),
            (dir.path(), crate::ErrorCode::NotARegularFile),
        ] {
            let err = write_atomic(path, b"x").unwrap_err();
            assert_eq!(err.code(), code, "{}: {err}", path.display());
            assert!(
                err.to_string().contains(&path.display().to_string()),
                "{err}"
            );
        }
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(fs::read(&target).unwrap(), b"keep");
        use std::os::unix::fs::FileTypeExt;
        let full = Path::new("/dev/full").metadata().unwrap();
        assert!(
            full.file_type().is_char_device(),
            "/dev/full is still a device"
        );
    }

    #[test]
    fn missing_folder_is_an_error_naming_the_path() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("no/such/dir/out.pdf");
        let err = write_atomic(&path, b"x").unwrap_err();
        assert!(err.to_string().contains("out.pdf"), "{err}");
    }
}
