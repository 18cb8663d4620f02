//! Files only where the user pointed: the paths the user picked in a native
//! dialog in this run, and the files Kense wrote in this run.
//!
//! The webview never names a file. A dialog opened from Rust (see
//! [`crate::commands::pick`]) puts the chosen path here and gives the UI an
//! opaque [`FileHandle`]; a command that reads or writes a user file takes
//! that handle and asks [`Picked`] for the path, which checks that it was
//! picked for that purpose (a save as PDF, a table to import, an image, a
//! folder) and with that extension. The registry lives in the app's state
//! and is empty at every start: a handle from an earlier run, or a number the
//! script made up, is refused with `file_not_picked`.
//!
//! Opening a file in the system's viewer, or showing it in its folder, works
//! only for files recorded with [`Picked::wrote`] in this run and with an
//! extension Kense writes ([`SaveFormat`]); anything else is refused with
//! `file_not_openable`, so a script cannot launch an `.exe` or a `.lnk`.
//!
//! To adopt it in a new command: pick with `pick_save_file` (add a
//! [`SaveFormat`] if the format is new), take `handle: FileHandle`, call
//! [`Picked::save_path`], write, then [`Picked::wrote`].

use crate::IpcError;
use kense_core::ErrorCode;
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};
use ts_rs::TS;

/// An opaque number standing for a path the user picked in this run.
pub type FileHandle = u32;

/// A format Kense writes: what a save dialog asks for, and the only
/// extensions that may be opened or revealed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum SaveFormat {
    /// A PDF document.
    Pdf,
    /// An Excel workbook.
    Xlsx,
    /// A CSV table.
    Csv,
    /// An iCalendar file.
    Ics,
    /// A Word document.
    Docx,
    /// A Kense backup.
    Kbak,
    /// A change set for the regional hub.
    Kpack,
    /// Plain UTF-8 text (a press release).
    Txt,
}

impl SaveFormat {
    /// Every format Kense writes.
    pub const ALL: [SaveFormat; 8] = [
        Self::Pdf,
        Self::Xlsx,
        Self::Csv,
        Self::Ics,
        Self::Docx,
        Self::Kbak,
        Self::Kpack,
        Self::Txt,
    ];

    /// The file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Pdf => "pdf",
            Self::Xlsx => "xlsx",
            Self::Csv => "csv",
            Self::Ics => "ics",
            Self::Docx => "docx",
            Self::Kbak => "kbak",
            Self::Kpack => "kpack",
            Self::Txt => "txt",
        }
    }

    /// The format of a path, by its extension (any case).
    pub fn of(path: &Path) -> Option<Self> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Self::ALL.into_iter().find(|f| f.extension() == ext)
    }
}

/// What an open dialog asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum OpenKind {
    /// A table to import: Excel, CSV or OpenDocument.
    Table,
    /// A PNG or JPEG image (a template's logo).
    Image,
    /// A backup to restore: a database copy or an encrypted one.
    Backup,
}

impl OpenKind {
    /// The extensions the dialog offers and the registry accepts.
    pub fn extensions(self) -> &'static [&'static str] {
        match self {
            Self::Table => &["xlsx", "xls", "csv", "ods"],
            Self::Image => &["png", "jpg", "jpeg"],
            Self::Backup => &["db", "age", "kbak"],
        }
    }
}

/// What a path was picked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// A new or replaced file of this format.
    Save(SaveFormat),
    /// A file to read.
    Open(OpenKind),
    /// A folder to write into (a batch's files, one per person).
    Folder,
}

/// What the UI gets from a dialog: the handle, and the path to show (the
/// path grants nothing: commands take the handle).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PickedFile {
    /// Pass this to the command that reads or writes the file.
    pub handle: FileHandle,
    /// The path, for display.
    pub path: String,
}

/// Files the user dropped on the window: the images, registered as picked
/// to open as images, and the names of the other files (not added).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DroppedFiles {
    /// The JPEG and PNG files, each with its handle.
    pub images: Vec<PickedFile>,
    /// The names of the files that are not JPEG or PNG.
    pub skipped: Vec<String>,
}

/// The registry of picked paths and written files of this run.
#[derive(Debug, Default)]
pub struct Picked {
    inner: Mutex<Registry>,
}

#[derive(Debug, Default)]
struct Registry {
    last: FileHandle,
    picks: HashMap<FileHandle, (PathBuf, Purpose)>,
    written: HashSet<PathBuf>,
    /// GUI-test builds only: answers for the next dialogs.
    #[cfg(feature = "gui-test")]
    scripted: std::collections::VecDeque<PathBuf>,
}

fn refused(code: ErrorCode, message: String) -> IpcError {
    tracing::warn!(code = code.as_str(), "{message}");
    IpcError::new(code, message)
}

/// `path` with `.ext` added unless it already ends so (any case).
pub fn with_extension(path: PathBuf, ext: &str) -> PathBuf {
    let has = path
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case(ext));
    if has {
        return path;
    }
    let mut name = path.into_os_string();
    name.push(".");
    name.push(ext);
    PathBuf::from(name)
}

impl Picked {
    fn lock(&self) -> MutexGuard<'_, Registry> {
        // The registry holds no invariant a panic could break half-way.
        self.inner
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Records files the user dropped on the window (the paths come from
    /// the operating system's drag and drop, in Rust, never from the
    /// webview): the JPEG and PNG files as picked to open as images.
    pub fn add_dropped(&self, paths: &[PathBuf]) -> DroppedFiles {
        let mut dropped = DroppedFiles {
            images: Vec::new(),
            skipped: Vec::new(),
        };
        for path in paths {
            if path.is_file()
                && let Ok(picked) = self.add(path.clone(), Purpose::Open(OpenKind::Image))
            {
                dropped.images.push(picked);
                continue;
            }
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
            dropped.skipped.push(name.unwrap_or_default());
        }
        dropped
    }

    /// Records a path the user picked in a dialog; the extension must fit
    /// the purpose (a save path gets it added by the dialog command).
    pub fn add(&self, path: PathBuf, purpose: Purpose) -> Result<PickedFile, IpcError> {
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .unwrap_or_default();
        let fits = match purpose {
            Purpose::Save(format) => format.extension() == ext,
            Purpose::Open(kind) => kind.extensions().contains(&ext.as_str()),
            Purpose::Folder => true,
        };
        if !fits {
            return Err(refused(
                ErrorCode::FileNotPicked,
                format!("{}: not a file of the kind asked for", path.display()),
            ));
        }
        let mut reg = self.lock();
        reg.last = reg.last.wrapping_add(1).max(1);
        let handle = reg.last;
        let shown = path.display().to_string();
        reg.picks.insert(handle, (path, purpose));
        Ok(PickedFile {
            handle,
            path: shown,
        })
    }

    fn get(&self, handle: FileHandle) -> Result<(PathBuf, Purpose), IpcError> {
        self.lock().picks.get(&handle).cloned().ok_or_else(|| {
            refused(
                ErrorCode::FileNotPicked,
                format!("file handle {handle} was not picked in this run"),
            )
        })
    }

    /// The path behind a handle picked to save one of `formats`.
    pub fn save_path(
        &self,
        handle: FileHandle,
        formats: &[SaveFormat],
    ) -> Result<PathBuf, IpcError> {
        match self.get(handle)? {
            (path, Purpose::Save(format)) if formats.contains(&format) => Ok(path),
            (path, purpose) => Err(refused(
                ErrorCode::FileNotPicked,
                format!(
                    "file handle {handle} ({}) was picked as {purpose:?}, not to save {formats:?}",
                    path.display()
                ),
            )),
        }
    }

    /// The path behind a handle picked to read a file of `kind`.
    pub fn open_path(&self, handle: FileHandle, kind: OpenKind) -> Result<PathBuf, IpcError> {
        match self.get(handle)? {
            (path, Purpose::Open(k)) if k == kind => Ok(path),
            (path, purpose) => Err(refused(
                ErrorCode::FileNotPicked,
                format!(
                    "file handle {handle} ({}) was picked as {purpose:?}, not to read {kind:?}",
                    path.display()
                ),
            )),
        }
    }

    /// Whether the user picked `path` in this run to read a file of `kind`
    /// (for commands that name a file the UI listed, such as a backup).
    pub fn was_picked_to_open(&self, path: &Path, kind: OpenKind) -> bool {
        self.lock()
            .picks
            .values()
            .any(|(picked, purpose)| picked == path && *purpose == Purpose::Open(kind))
    }

    /// The folder behind a handle picked as a folder.
    pub fn folder(&self, handle: FileHandle) -> Result<PathBuf, IpcError> {
        match self.get(handle)? {
            (path, Purpose::Folder) => Ok(path),
            (path, purpose) => Err(refused(
                ErrorCode::FileNotPicked,
                format!(
                    "file handle {handle} ({}) was picked as {purpose:?}, not as a folder",
                    path.display()
                ),
            )),
        }
    }

    /// Records a file Kense wrote, which may then be opened or revealed.
    pub fn wrote(&self, path: &Path) {
        self.lock().written.insert(path.to_path_buf());
    }

    /// `path` if Kense wrote it in this run and it is of a kind Kense
    /// writes; else `file_not_openable`.
    pub fn openable(&self, path: &Path) -> Result<PathBuf, IpcError> {
        if SaveFormat::of(path).is_none() {
            return Err(refused(
                ErrorCode::FileNotOpenable,
                format!("{}: Kense does not open files of this kind", path.display()),
            ));
        }
        if !self.lock().written.contains(path) {
            return Err(refused(
                ErrorCode::FileNotOpenable,
                format!("{}: not a file Kense wrote in this run", path.display()),
            ));
        }
        Ok(path.to_path_buf())
    }

    /// The bytes of `path` if it is a PDF Kense wrote in this run (see
    /// [`Self::openable`]); else `file_not_openable`, or the read's error.
    pub fn read_written_pdf(&self, path: &Path) -> Result<Vec<u8>, IpcError> {
        let path = self.openable(path)?;
        if SaveFormat::of(&path) != Some(SaveFormat::Pdf) {
            return Err(refused(
                ErrorCode::FileNotOpenable,
                format!("{}: not a PDF", path.display()),
            ));
        }
        std::fs::read(&path)
            .map_err(|source| IpcError::from(kense_core::Error::Io { path, source }))
    }

    /// GUI-test builds only: the next dialog answers `path` without opening.
    #[cfg(feature = "gui-test")]
    pub fn script_answer(&self, path: PathBuf) {
        self.lock().scripted.push_back(path);
    }

    /// GUI-test builds only: the scripted answer for this dialog, if any.
    #[cfg(feature = "gui-test")]
    pub fn take_scripted(&self) -> Option<PathBuf> {
        self.lock().scripted.pop_front()
    }
}

#[cfg(test)]
#[allow(
    clippy::disallowed_methods,
    reason = "tests write their fixtures directly"
)]
mod tests {
    use super::*;

    #[test]
    fn dropped_images_open_as_images_and_other_files_are_named_not_added() {
        let dir = tempfile::tempdir().unwrap();
        let photo = dir.path().join("Кеңес.JPG");
        let sheet = dir.path().join("тізім.xlsx");
        std::fs::write(&photo, b"jpeg").unwrap();
        std::fs::write(&sheet, b"xlsx").unwrap();
        let picked = Picked::default();
        let dropped = picked.add_dropped(&[photo.clone(), sheet, dir.path().join("папка.png")]);
        assert_eq!(dropped.images.len(), 1);
        assert_eq!(dropped.skipped, ["тізім.xlsx", "папка.png"]);
        let handle = dropped.images[0].handle;
        assert_eq!(picked.open_path(handle, OpenKind::Image).unwrap(), photo);
        assert!(picked.open_path(handle, OpenKind::Table).is_err());
    }

    #[test]
    fn a_handle_gives_its_path_only_for_its_purpose() {
        let picked = Picked::default();
        let pdf = picked
            .add(
                PathBuf::from("/home/u/Есеп.pdf"),
                Purpose::Save(SaveFormat::Pdf),
            )
            .unwrap();
        assert_eq!(
            picked.save_path(pdf.handle, &[SaveFormat::Pdf]).unwrap(),
            PathBuf::from("/home/u/Есеп.pdf")
        );
        let err = picked
            .save_path(pdf.handle, &[SaveFormat::Xlsx])
            .unwrap_err();
        assert_eq!(err.code, ErrorCode::FileNotPicked);
        let err = picked.open_path(pdf.handle, OpenKind::Table).unwrap_err();
        assert_eq!(err.code, ErrorCode::FileNotPicked);
        assert_eq!(
            picked.folder(pdf.handle).unwrap_err().code,
            ErrorCode::FileNotPicked
        );
        let err = picked
            .save_path(pdf.handle + 1, &[SaveFormat::Pdf])
            .unwrap_err();
        assert_eq!(err.code, ErrorCode::FileNotPicked);
    }

    #[test]
    fn only_a_pdf_written_in_this_run_is_read_for_printing() {
        let dir = tempfile::tempdir().unwrap();
        let pdf = dir.path().join("Алғыс хаттар.pdf");
        let xlsx = dir.path().join("Есеп.xlsx");
        std::fs::write(&pdf, b"%PDF-1.7 ...").unwrap();
        std::fs::write(&xlsx, b"PK").unwrap();
        let picked = Picked::default();
        assert_eq!(
            picked.read_written_pdf(&pdf).unwrap_err().code,
            ErrorCode::FileNotOpenable
        );
        picked.wrote(&pdf);
        picked.wrote(&xlsx);
        assert_eq!(picked.read_written_pdf(&pdf).unwrap(), b"%PDF-1.7 ...");
        assert_eq!(
            picked.read_written_pdf(&xlsx).unwrap_err().code,
            ErrorCode::FileNotOpenable
        );
        std::fs::remove_file(&pdf).unwrap();
        assert_eq!(
            picked.read_written_pdf(&pdf).unwrap_err().code,
            ErrorCode::FileIo
        );
    }

    #[test]
    fn a_pick_must_have_the_extension_of_its_purpose() {
        let picked = Picked::default();
        let err = picked
            .add(
                PathBuf::from("/tmp/run.exe"),
                Purpose::Open(OpenKind::Table),
            )
            .unwrap_err();
        assert_eq!(err.code, ErrorCode::FileNotPicked);
        assert!(
            picked
                .add(
                    PathBuf::from("/tmp/Адамдар.XLSX"),
                    Purpose::Open(OpenKind::Table)
                )
                .is_ok()
        );
        assert_eq!(
            with_extension(PathBuf::from("/tmp/Есеп"), "pdf"),
            PathBuf::from("/tmp/Есеп.pdf")
        );
        assert_eq!(
            with_extension(PathBuf::from("/tmp/Есеп.PDF"), "pdf"),
            PathBuf::from("/tmp/Есеп.PDF")
        );
    }

    #[test]
    fn only_written_files_of_kense_kinds_open() {
        let picked = Picked::default();
        let written = PathBuf::from("/tmp/Тізім.pdf");
        assert_eq!(
            picked.openable(&written).unwrap_err().code,
            ErrorCode::FileNotOpenable
        );
        picked.wrote(&written);
        assert_eq!(picked.openable(&written).unwrap(), written);
        let exe = PathBuf::from("/tmp/Тізім.exe");
        picked.wrote(&exe);
        assert_eq!(
            picked.openable(&exe).unwrap_err().code,
            ErrorCode::FileNotOpenable
        );
    }
}
