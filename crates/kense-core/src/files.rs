//! Writing output files safely: a temporary file in the same folder, synced,
//! then renamed over the target, so a failed write leaves no partial file.

use crate::{Error, Result};
use std::fs;
use std::io::Write;
use std::path::Path;

/// Writes `bytes` to `path` atomically (temp file + fsync + rename).
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
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

    #[test]
    fn missing_folder_is_an_error_naming_the_path() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("no/such/dir/out.pdf");
        let err = write_atomic(&path, b"x").unwrap_err();
        assert!(err.to_string().contains("out.pdf"), "{err}");
    }
}
