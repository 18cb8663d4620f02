//! The one error type of kense-core, with stable codes the UI translates.

use serde::Serialize;
use std::path::PathBuf;
use ts_rs::TS;

pub use crate::refusal::{FieldName, Invalid};

/// Result with the kense-core [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Stable machine-readable error codes. They are part of the IPC contract:
/// the UI translates each one (`error-<code>` in the `.ftl` files), so a code
/// is never renamed, only added.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// The database was written by a newer Kense.
    DbNewerSchema,
    /// The file is not a SQLite database, or not a Kense one.
    DbNotKense,
    /// The database fails its integrity check.
    DbDamaged,
    /// The database file or its folder cannot be read or written.
    DbIo,
    /// The disk is full.
    DiskFull,
    /// Input failed validation; the field is named.
    Validation,
    /// A row was not found.
    NotFound,
    /// A document could not be rendered (e.g. a character no font covers).
    Render,
    /// Texts of a batch use characters the fonts do not have; they are listed.
    MissingGlyphs,
    /// Anything else: a bug or an unexpected state.
    Internal,
    // Data safety (issue 12).
    /// Another Kense (or program) holds the database's write lock.
    DbLocked,
    /// The database file or its folder is read-only: it opened for reading only.
    DbReadOnly,
    /// A zero-length file where a database is expected, or no file where
    /// backups of one exist.
    DbEmptyFile,
    /// A backup failed its integrity check (it was deleted) or cannot be read.
    BackupFailed,
    /// The passphrase of an encrypted backup is wrong or missing.
    WrongPassphrase,
    /// An output path that is not a regular file or a new path (a folder, device, link, pipe).
    NotARegularFile,
    /// A file is open in another program (Excel) or locked.
    FileInUse,
    /// No permission to read or write a file.
    PermissionDenied,
    /// The folder (or disk) is read-only.
    ReadOnlyFolder,
    /// A path longer than the system allows.
    PathTooLong,
    /// Any other error reading or writing a file (named in the message).
    FileIo,
    // Files only where the user pointed (issue 13).
    /// A file handle the user did not pick in a dialog in this run (forged,
    /// from an earlier run, or picked for another purpose or format).
    FileNotPicked,
    /// Open/reveal of a file Kense did not write in this run, or of a kind
    /// it does not write (.pdf .xlsx .csv .ics .docx .kbak only).
    FileNotOpenable,
    // The regional hub (issue 16).
    /// The hub cannot be reached or refused the login; nothing was sent.
    HubUnreachable,
    /// The hub has no Kense schema, or one older or newer than this Kense.
    HubSchema,
    /// The hub refused the change set or a statement on it failed.
    HubRefused,
    // Progress and cancel (issue 11).
    /// The user cancelled a long operation; nothing was written.
    Cancelled,
}

impl ErrorCode {
    /// The code as written on the wire and in translation keys.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::DbNewerSchema => "db_newer_schema",
            Self::DbNotKense => "db_not_kense",
            Self::DbDamaged => "db_damaged",
            Self::DbIo => "db_io",
            Self::DiskFull => "disk_full",
            Self::Validation => "validation",
            Self::NotFound => "not_found",
            Self::Render => "render",
            Self::MissingGlyphs => "missing_glyphs",
            Self::Internal => "internal",
            Self::DbLocked => "db_locked",
            Self::DbReadOnly => "db_read_only",
            Self::DbEmptyFile => "db_empty_file",
            Self::BackupFailed => "backup_failed",
            Self::WrongPassphrase => "wrong_passphrase",
            Self::NotARegularFile => "not_a_regular_file",
            Self::FileInUse => "file_in_use",
            Self::PermissionDenied => "permission_denied",
            Self::ReadOnlyFolder => "read_only_folder",
            Self::PathTooLong => "path_too_long",
            Self::FileIo => "file_io",
            Self::FileNotPicked => "file_not_picked",
            Self::FileNotOpenable => "file_not_openable",
            Self::HubUnreachable => "hub_unreachable",
            Self::HubSchema => "hub_schema",
            Self::HubRefused => "hub_refused",
            Self::Cancelled => "cancelled",
        }
    }

    /// Every code, for tests of the translations.
    pub const ALL: [ErrorCode; 27] = [
        Self::DbNewerSchema,
        Self::DbNotKense,
        Self::DbDamaged,
        Self::DbIo,
        Self::DiskFull,
        Self::Validation,
        Self::NotFound,
        Self::Render,
        Self::MissingGlyphs,
        Self::Internal,
        Self::DbLocked,
        Self::DbReadOnly,
        Self::DbEmptyFile,
        Self::BackupFailed,
        Self::WrongPassphrase,
        Self::NotARegularFile,
        Self::FileInUse,
        Self::PermissionDenied,
        Self::ReadOnlyFolder,
        Self::PathTooLong,
        Self::FileIo,
        Self::FileNotPicked,
        Self::FileNotOpenable,
        Self::HubUnreachable,
        Self::HubSchema,
        Self::HubRefused,
        Self::Cancelled,
    ];
}

/// Everything that can go wrong in kense-core.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The database's schema version is above what this build knows.
    #[error(
        "{path}: the database was written by a newer version of Kense (schema {found}, this version knows up to {supported}); it was left untouched"
    )]
    NewerSchema {
        /// The database file.
        path: PathBuf,
        /// Its `user_version`.
        found: i64,
        /// The latest schema this build knows.
        supported: i64,
    },
    /// The file is not SQLite at all, or a SQLite file of another program.
    #[error("{path}: not a Kense database ({reason}); it was left untouched")]
    NotKense {
        /// The file.
        path: PathBuf,
        /// What gave it away.
        reason: String,
    },
    /// The integrity check failed.
    #[error("{path}: the database is damaged ({detail}); it was left untouched")]
    Damaged {
        /// The database file.
        path: PathBuf,
        /// The first lines of the integrity check.
        detail: String,
    },
    /// A file system error around the database.
    #[error("{path}: {source}")]
    Io {
        /// The path involved.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
    /// Input that does not pass validation.
    #[error("{field}: {message}")]
    Validation {
        /// The field.
        field: FieldName,
        /// Why, as a stable code the UI translates.
        reason: Invalid,
        /// The limit broken, for `TooLong` (characters) and `TooLarge` (bytes).
        limit: Option<u64>,
        /// What is wrong, in English, for logs and the details line.
        message: String,
    },
    /// Several fields of one form refused at once (never fewer than two:
    /// one is a [`Error::Validation`]); the UI marks each of them.
    #[error("{}", describe_field_problems(.0))]
    Fields(Vec<FieldProblem>),
    /// A document could not be rendered.
    #[error("rendering the document failed: {0}")]
    Render(String),
    /// Texts of a batch use characters the embedded fonts do not have.
    #[error("nothing was printed: the fonts have no glyphs for {}", describe_glyph_problems(.0))]
    MissingGlyphs(Vec<GlyphProblem>),
    /// A row that does not exist (or was deleted).
    #[error("{what} {id} not found")]
    NotFound {
        /// The kind of row.
        what: &'static str,
        /// Its id.
        id: i64,
    },
    /// An SQLite error with what we were doing.
    #[error("{context}: {source}")]
    Sqlite {
        /// What was being done.
        context: &'static str,
        /// The underlying error.
        #[source]
        source: rusqlite::Error,
    },
    /// A migration failed; the transaction was rolled back.
    #[error("migrating the database failed: {0}")]
    Migration(#[from] rusqlite_migration::Error),
    /// Another Kense holds the write lock and did not let go in time.
    #[error(
        "{path}: another Kense (or another program) is using the database; nothing was written"
    )]
    Locked {
        /// The database file.
        path: PathBuf,
    },
    /// The database opened read-only and something tried to write.
    #[error(
        "{path}: the database is read-only (the file or its folder cannot be written); nothing was written"
    )]
    ReadOnly {
        /// The database file.
        path: PathBuf,
    },
    /// A zero-length file where a database is expected.
    #[error(
        "{path}: the database file is empty (0 bytes); it was left untouched — restore a backup or remove the file to start a new office"
    )]
    EmptyDatabaseFile {
        /// The file.
        path: PathBuf,
    },
    /// No database where backups of one exist: not a fresh start.
    #[error(
        "{path}: the database is missing but its backups are in {folder}; restore one (kense restore --latest) instead of starting a new office"
    )]
    MissingWithBackups {
        /// The database file.
        path: PathBuf,
        /// The backup folder.
        folder: PathBuf,
    },
    /// A backup (or a file offered as one) fails its check.
    #[error("{path}: the backup failed its check ({detail})")]
    BackupCheckFailed {
        /// The backup file.
        path: PathBuf,
        /// What the check said.
        detail: String,
    },
    /// An encrypted backup and no or a wrong passphrase.
    #[error("{path}: wrong or missing passphrase for this encrypted backup")]
    WrongPassphrase {
        /// The encrypted file.
        path: PathBuf,
    },
    /// An output path that is neither a regular file nor a new path.
    #[error("{path}: not a regular file ({what}); nothing was written")]
    NotARegularFile {
        /// The path.
        path: PathBuf,
        /// What is there: a folder, a device, a symbolic link, a pipe.
        what: &'static str,
    },
    /// The user cancelled a long operation (a batch, an import): its
    /// transaction was rolled back and its temporary files removed.
    #[error("cancelled; nothing was written")]
    Cancelled,
}

impl Error {
    /// The stable code of this error.
    pub fn code(&self) -> ErrorCode {
        match self {
            Self::NewerSchema { .. } => ErrorCode::DbNewerSchema,
            Self::NotKense { .. } => ErrorCode::DbNotKense,
            Self::Damaged { .. } => ErrorCode::DbDamaged,
            Self::Io { source, .. } => io_code(source),
            Self::Validation { .. } | Self::Fields(_) => ErrorCode::Validation,
            Self::NotFound { .. } => ErrorCode::NotFound,
            Self::Render(_) => ErrorCode::Render,
            Self::MissingGlyphs(_) => ErrorCode::MissingGlyphs,
            Self::Sqlite { source, .. } => sqlite_code(source),
            Self::Migration(rusqlite_migration::Error::RusqliteError { err, .. }) => {
                sqlite_code(err)
            }
            Self::Migration(_) => ErrorCode::Internal,
            Self::Locked { .. } => ErrorCode::DbLocked,
            Self::ReadOnly { .. } => ErrorCode::DbReadOnly,
            Self::EmptyDatabaseFile { .. } | Self::MissingWithBackups { .. } => {
                ErrorCode::DbEmptyFile
            }
            Self::BackupCheckFailed { .. } => ErrorCode::BackupFailed,
            Self::WrongPassphrase { .. } => ErrorCode::WrongPassphrase,
            Self::NotARegularFile { .. } => ErrorCode::NotARegularFile,
            Self::Cancelled => ErrorCode::Cancelled,
        }
    }

    /// The file an error is about, when it names one.
    pub fn path(&self) -> Option<&std::path::Path> {
        match self {
            Self::NewerSchema { path, .. }
            | Self::NotKense { path, .. }
            | Self::Damaged { path, .. }
            | Self::Io { path, .. }
            | Self::Locked { path }
            | Self::ReadOnly { path }
            | Self::EmptyDatabaseFile { path }
            | Self::MissingWithBackups { path, .. }
            | Self::BackupCheckFailed { path, .. }
            | Self::WrongPassphrase { path }
            | Self::NotARegularFile { path, .. } => Some(path),
            _ => None,
        }
    }

    /// The field a validation error is about, if any.
    /// For several fields, the first of the form.
    pub fn field(&self) -> Option<FieldName> {
        match self {
            Self::Validation { field, .. } => Some(*field),
            Self::Fields(problems) => problems.first().map(|p| p.field),
            _ => None,
        }
    }

    /// Every field a validation error refused, in the form's order (one for
    /// a [`Error::Validation`], none for other errors).
    pub fn field_problems(&self) -> Vec<FieldProblem> {
        match self {
            Self::Validation {
                field,
                reason,
                limit,
                message,
            } => vec![FieldProblem {
                field: *field,
                reason: *reason,
                limit: *limit,
                message: message.clone(),
            }],
            Self::Fields(problems) => problems.clone(),
            _ => Vec::new(),
        }
    }

    /// Why a validation error refused its field, and the limit if any.
    pub fn invalid(&self) -> Option<(Invalid, Option<u64>)> {
        match self {
            Self::Validation { reason, limit, .. } => Some((*reason, *limit)),
            Self::Fields(problems) => problems.first().map(|p| (p.reason, p.limit)),
            _ => None,
        }
    }

    /// A validation error: `field` refused for `reason`, with an English
    /// `message` for the details line.
    pub fn validation(field: FieldName, reason: Invalid, message: impl Into<String>) -> Self {
        Self::Validation {
            field,
            reason,
            limit: None,
            message: message.into(),
        }
    }

    /// A validation error with the limit that was broken.
    pub fn over_limit(
        field: FieldName,
        reason: Invalid,
        limit: u64,
        message: impl Into<String>,
    ) -> Self {
        Self::Validation {
            field,
            reason,
            limit: Some(limit),
            message: message.into(),
        }
    }
}

impl From<kense_pdf::PdfError> for Error {
    fn from(err: kense_pdf::PdfError) -> Self {
        Self::Render(err.to_string())
    }
}

/// One refused field of a form: what [`Error::Validation`] carries, as a
/// list item of [`Error::Fields`] and of the IPC error.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FieldProblem {
    /// The field, translated by the UI as `field-<field>`.
    pub field: FieldName,
    /// Why, translated by the UI as `invalid-<reason>`.
    pub reason: Invalid,
    /// The limit broken, for `TooLong` (characters) and `TooLarge` (bytes).
    #[ts(optional = nullable)]
    pub limit: Option<u64>,
    /// What is wrong, in English, for logs and the details line.
    pub message: String,
}

fn describe_field_problems(problems: &[FieldProblem]) -> String {
    problems
        .iter()
        .map(|p| format!("{}: {}", p.field, p.message))
        .collect::<Vec<_>>()
        .join("; ")
}

/// Collects the refused fields of one form so that all of them are reported
/// together: each check goes through [`Problems::check`], and
/// [`Problems::finish`] refuses the form once, naming every field.
#[derive(Debug, Default)]
pub(crate) struct Problems(Vec<FieldProblem>);

impl Problems {
    /// The checked value; a validation error is noted and its field gets the
    /// default value, so the next checks still run. Other errors (the
    /// database's) pass through at once.
    pub(crate) fn check<T: Default>(&mut self, result: Result<T>) -> Result<T> {
        match result {
            Ok(value) => Ok(value),
            Err(err @ (Error::Validation { .. } | Error::Fields(_))) => {
                self.0.extend(err.field_problems());
                Ok(T::default())
            }
            Err(other) => Err(other),
        }
    }

    /// Notes a refused field.
    pub(crate) fn refuse(&mut self, field: FieldName, reason: Invalid, message: impl Into<String>) {
        self.0.push(FieldProblem {
            field,
            reason,
            limit: None,
            message: message.into(),
        });
    }

    /// True when a field is already refused (a later check of it would only
    /// repeat the problem).
    pub(crate) fn has(&self, field: FieldName) -> bool {
        self.0.iter().any(|p| p.field == field)
    }

    /// `Ok` when every field passed, else one error naming them all: a
    /// [`Error::Validation`] for one field, [`Error::Fields`] for more.
    pub(crate) fn finish(mut self) -> Result<()> {
        match self.0.len() {
            0 => Ok(()),
            1 => {
                let p = self.0.remove(0);
                Err(Error::Validation {
                    field: p.field,
                    reason: p.reason,
                    limit: p.limit,
                    message: p.message,
                })
            }
            _ => Err(Error::Fields(self.0)),
        }
    }
}

/// Characters of one text that the fonts cannot draw.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct GlyphProblem {
    /// Whose or which text, e.g. «Әлденей Әлібек» or «template: body_kk».
    pub what: String,
    /// The characters, each once, as `«中» U+4E2D`.
    pub chars: Vec<String>,
}

fn describe_glyph_problems(problems: &[GlyphProblem]) -> String {
    problems
        .iter()
        .map(|p| format!("{} ({})", p.what, p.chars.join(", ")))
        .collect::<Vec<_>>()
        .join("; ")
}

/// What kind of file system trouble an `std::io` error is.
fn io_code(err: &std::io::Error) -> ErrorCode {
    use std::io::ErrorKind;
    // Windows: ERROR_SHARING_VIOLATION (32) and ERROR_LOCK_VIOLATION (33) are
    // a file open in Excel; ERROR_FILENAME_EXCED_RANGE (206) a path too long;
    // ERROR_WRITE_PROTECT (19) a read-only medium. Unix: ENAMETOOLONG (36 on
    // Linux, 63 on macOS), EROFS (30), ENOSPC (28), ETXTBSY (26).
    let raw = err.raw_os_error();
    if cfg!(windows) {
        match raw {
            Some(32 | 33) => return ErrorCode::FileInUse,
            Some(206) => return ErrorCode::PathTooLong,
            Some(19) => return ErrorCode::ReadOnlyFolder,
            Some(39 | 112) => return ErrorCode::DiskFull,
            _ => {}
        }
    } else {
        match raw {
            Some(36) if cfg!(target_os = "linux") => return ErrorCode::PathTooLong,
            Some(63) if cfg!(target_os = "macos") => return ErrorCode::PathTooLong,
            Some(30) => return ErrorCode::ReadOnlyFolder,
            Some(28) => return ErrorCode::DiskFull,
            Some(26) => return ErrorCode::FileInUse,
            _ => {}
        }
    }
    match err.kind() {
        ErrorKind::StorageFull | ErrorKind::QuotaExceeded => ErrorCode::DiskFull,
        ErrorKind::PermissionDenied => ErrorCode::PermissionDenied,
        ErrorKind::ReadOnlyFilesystem => ErrorCode::ReadOnlyFolder,
        ErrorKind::InvalidFilename => ErrorCode::PathTooLong,
        ErrorKind::ResourceBusy | ErrorKind::ExecutableFileBusy => ErrorCode::FileInUse,
        _ => match err
            .get_ref()
            .and_then(|e| e.downcast_ref::<rusqlite::Error>())
        {
            Some(inner) if sqlite_code(inner) == ErrorCode::DiskFull => ErrorCode::DiskFull,
            _ => ErrorCode::FileIo,
        },
    }
}

fn sqlite_code(err: &rusqlite::Error) -> ErrorCode {
    match err.sqlite_error_code() {
        Some(rusqlite::ErrorCode::DiskFull) => ErrorCode::DiskFull,
        Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked) => {
            ErrorCode::DbLocked
        }
        Some(rusqlite::ErrorCode::ReadOnly) => ErrorCode::DbReadOnly,
        Some(rusqlite::ErrorCode::NotADatabase) => ErrorCode::DbNotKense,
        Some(rusqlite::ErrorCode::DatabaseCorrupt) => ErrorCode::DbDamaged,
        Some(
            rusqlite::ErrorCode::CannotOpen
            | rusqlite::ErrorCode::PermissionDenied
            | rusqlite::ErrorCode::SystemIoFailure,
        ) => ErrorCode::DbIo,
        _ => ErrorCode::Internal,
    }
}

/// Adds context to rusqlite results.
pub(crate) trait SqlContext<T> {
    /// Wraps the error with what was being done.
    fn context(self, context: &'static str) -> Result<T>;
}

impl<T> SqlContext<T> for std::result::Result<T, rusqlite::Error> {
    fn context(self, context: &'static str) -> Result<T> {
        self.map_err(|source| Error::Sqlite { context, source })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_serialise_as_their_wire_names() {
        for code in ErrorCode::ALL {
            let json = serde_json::to_string(&code).unwrap();
            assert_eq!(json, format!("\"{}\"", code.as_str()));
        }
    }
}
