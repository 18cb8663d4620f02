//! Bounds on what an import file may hold, checked while it is read and,
//! for workbooks, before calamine allocates anything: a hostile or broken
//! file is refused with a message naming the limit, in bounded memory.

use serde::Serialize;
use ts_rs::TS;

/// Largest import file read at all.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;
/// Longest CSV record (one row with its quoted line breaks).
pub const MAX_ROW_BYTES: usize = 1024 * 1024;
/// Longest cell (Excel's own limit is 32,767 characters).
pub const MAX_CELL_BYTES: usize = 128 * 1024;
/// Most columns.
pub const MAX_COLUMNS: usize = 256;
/// Most non-blank rows read (data rows are limited to `MAX_ROWS`; a title
/// and header above them are allowed).
pub const MAX_RAW_ROWS: usize = super::table::MAX_ROWS + 16;
/// Most cells a sheet's used range may span (rows × columns): 100,000 rows
/// of 20 columns. calamine holds the whole range and the table a copy as
/// text, ≈ 95 bytes a cell in all, so this keeps any import under 300 MB
/// (`crates/kense-cli/tests/memory.rs` measures it).
pub const MAX_CELLS: u64 = 2_000_000;
/// Largest decompressed part of a workbook (a sheet's XML).
pub const MAX_PART_BYTES: u64 = 160 * 1024 * 1024;
/// Largest decompressed shared-strings part.
pub const MAX_STRINGS_BYTES: u64 = 48 * 1024 * 1024;
/// Largest decompressed workbook in all.
pub const MAX_UNPACKED_BYTES: u64 = 256 * 1024 * 1024;

/// What was too large.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum What {
    /// The file.
    File,
    /// One row (record).
    Row,
    /// One cell.
    Cell,
    /// The unpacked workbook (or one of its parts).
    Unpacked,
    /// The sheet's used range (rows × columns).
    Sheet,
}

impl What {
    /// In English, for the details line.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::File => "the file",
            Self::Row => "a row",
            Self::Cell => "a cell",
            Self::Unpacked => "the unpacked workbook",
            Self::Sheet => "the sheet's used range",
        }
    }
}
