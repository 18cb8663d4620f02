//! What Settings > About shows: the version, where this installation keeps
//! its data, and the licences of the fonts and main libraries it ships.

use kense_pdf::Face;
use serde::Serialize;
use std::path::{Path, PathBuf};
use ts_rs::TS;

/// The About panel's facts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct About {
    /// Kense version (the workspace version).
    pub version: String,
    /// The database file.
    pub db_path: String,
    /// The folder holding the database (what to copy before an upgrade).
    pub data_dir: String,
    /// The folder of the log files ([`crate::paths::log_dir`]).
    pub log_dir: String,
    /// How many days of logs are kept.
    pub log_days: u32,
    /// The folder the backups go to ([`crate::backup::backup_dir`]).
    pub backup_dir: String,
    /// The fonts embedded into PDFs and the libraries compiled in.
    pub licences: Vec<Licence>,
}

/// One piece of other people's work Kense ships, and its licence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Licence {
    /// Its name ("PT Serif", "SQLite").
    pub name: String,
    /// What Kense uses it for: a code the UI translates as `about-use-<code>`.
    pub used_for: String,
    /// The licence ("SIL Open Font License 1.1", "MIT or Apache-2.0").
    pub licence: String,
}

/// Every `used_for` code, for the translations' test.
pub const USES: [&str; 10] = [
    "documents",
    "lists",
    "shell",
    "webview",
    "database",
    "pdf",
    "excel",
    "translations",
    "ui",
    "preview",
];

/// The main libraries in the binary, beside the fonts: (name, use, licence).
const LIBRARIES: [(&str, &str, &str); 11] = [
    ("Tauri", "shell", "MIT or Apache-2.0"),
    (
        "WebKitGTK / Microsoft WebView2",
        "webview",
        "LGPL-2.1 / Microsoft WebView2 runtime terms",
    ),
    ("SQLite", "database", "public domain"),
    ("rusqlite", "database", "MIT"),
    ("printpdf", "pdf", "MIT"),
    ("allsorts", "pdf", "Apache-2.0"),
    ("rust_xlsxwriter", "excel", "MIT or Apache-2.0"),
    ("calamine", "excel", "MIT"),
    (
        "Fluent (fluent-bundle, @fluent/bundle)",
        "translations",
        "Apache-2.0",
    ),
    ("Svelte", "ui", "MIT"),
    ("PDF.js", "preview", "Apache-2.0"),
];

/// Where this installation keeps what is not the database.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Folders {
    /// The log folder.
    pub logs: PathBuf,
    /// The backup folder.
    pub backups: PathBuf,
}

/// The About facts for the database at `db_path`.
pub fn about(db_path: &Path, folders: &Folders) -> About {
    let data_dir = db_path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let fonts = [
        ("PT Serif", "documents", Face::SerifRegular.licence()),
        ("PT Sans", "lists", Face::SansRegular.licence()),
    ];
    let libraries = LIBRARIES.map(|(name, used_for, licence)| (name, used_for, licence.to_owned()));
    let licences = fonts
        .into_iter()
        .chain(libraries)
        .map(|(name, used_for, licence)| Licence {
            name: name.to_owned(),
            used_for: used_for.to_owned(),
            licence,
        })
        .collect();
    About {
        version: env!("CARGO_PKG_VERSION").to_owned(),
        db_path: db_path.display().to_string(),
        data_dir: data_dir.display().to_string(),
        log_dir: folders.logs.display().to_string(),
        log_days: u32::try_from(crate::logs::KEEP_FILES).unwrap_or(u32::MAX),
        backup_dir: folders.backups.display().to_string(),
        licences,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn folders() -> Folders {
        Folders {
            logs: PathBuf::from("state").join("logs"),
            backups: PathBuf::from("office").join("kense-backups"),
        }
    }

    #[test]
    fn names_the_database_its_folder_and_the_workspace_version() {
        let db = PathBuf::from("office").join("kense.db");
        let a = about(&db, &folders());
        assert_eq!(a.db_path, db.display().to_string());
        assert_eq!(a.data_dir, "office");
        assert_eq!(a.version, env!("CARGO_PKG_VERSION"));
        // A bare file name lives in the current folder.
        assert_eq!(about(Path::new("kense.db"), &folders()).data_dir, ".");
        assert_eq!(a.log_dir, folders().logs.display().to_string());
        assert_eq!(a.backup_dir, folders().backups.display().to_string());
        assert_eq!(a.log_days as usize, crate::logs::KEEP_FILES);
    }

    #[test]
    fn credits_the_embedded_fonts_with_the_licence_they_declare() {
        let a = about(Path::new("kense.db"), &folders());
        let font = |name: &str| {
            a.licences
                .iter()
                .find(|l| l.name == name)
                .map(|l| l.licence.clone())
        };
        for name in ["PT Serif", "PT Sans"] {
            let licence = font(name).unwrap_or_default();
            assert!(
                ["ParaType Free Font License", "SIL Open Font License 1.1"]
                    .contains(&licence.as_str()),
                "{name}: {licence}"
            );
        }
        for name in ["Tauri", "SQLite", "printpdf", "Svelte"] {
            assert!(font(name).is_some(), "{name} is not credited");
        }
        for l in &a.licences {
            assert!(
                USES.contains(&l.used_for.as_str()),
                "{}: {}",
                l.name,
                l.used_for
            );
        }
    }

    #[test]
    fn every_use_reads_in_both_languages() {
        for lang in [crate::Lang::Kk, crate::Lang::Ru] {
            let tr = crate::i18n::Translator::new(lang);
            for code in USES {
                assert!(
                    tr.has(&format!("about-use-{code}")),
                    "{lang:?}: about-use-{code}"
                );
            }
        }
    }
}
