//! Importing what office staff bring from Excel: people and organisations
//! from XLSX/XLS or CSV files.
//!
//! Three steps, all pure (bytes in, values out; nothing is written):
//! 1. [`read_table`] reads the file into a [`Table`] of text;
//! 2. [`recognise_columns`] guesses which column holds which [`Field`]
//!    from the headers (Russian, Kazakh or English); the user may change
//!    the [`ColumnMapping`] in the preview;
//! 3. [`parse_people`] / [`parse_organisations`] validate each row into a
//!    draft, or list its [`Problem`]s with the row number Excel shows.
//!
//! [`registry`] is the database half: the preview against the registry
//! (who is new, who is already there) and the commit in one transaction.

mod columns;
mod delimited;
#[cfg(test)]
mod fuzz;
mod guard;
pub mod limits;
mod model;
mod names;
pub mod registry;
mod rows;
mod table;
mod workbook;

pub use columns::{ColumnMapping, Field, ImportKind, has_required_columns, recognise_columns};
pub use model::{
    Gender, OrgKind, OrganisationDraft, ParsedRow, PersonDraft, Problem, Role, recognise_gender,
    recognise_org_kind, recognise_role, recognise_yes_no,
};
pub use names::{NameParts, split_full_name};
pub use rows::{
    MAX_LINE, MAX_NAME_PART, MAX_NOTES, MAX_ORGANISATION_NAME, parse_organisations, parse_people,
};
pub use table::{ImportError, MAX_ROWS, Table, TableFormat, TableRow, column_letter};
pub(crate) use workbook::number_text;

/// Reads an Excel workbook (`.xlsx`, `.xlsm`, `.xls`, `.xlsb`, `.ods`,
/// recognised by extension or signature; the first sheet with data) or a
/// CSV / tab-separated text (UTF-8 with or without BOM, UTF-16 with BOM,
/// otherwise Windows-1251; `;`, `,` or tab as found in the header line).
///
/// The header is the first row with at least two filled cells among the
/// first ten (a title line above it is skipped), or the first non-blank
/// row. Whole numbers read as `123`, dates as `dd.mm.yyyy`.
pub fn read_table(file_name: &str, bytes: &[u8]) -> Result<Table, ImportError> {
    let extension = file_name
        .rsplit_once('.')
        .map(|(_, ext)| ext.to_ascii_lowercase())
        .unwrap_or_default();
    let spreadsheet_extension =
        matches!(extension.as_str(), "xlsx" | "xlsm" | "xls" | "xlsb" | "ods");
    if bytes.len() as u64 > limits::MAX_FILE_BYTES {
        return Err(ImportError::TooLarge {
            what: limits::What::File,
            line: 0,
            limit: limits::MAX_FILE_BYTES,
        });
    }
    let (raw, format, sheet) = if workbook::has_signature(bytes) || spreadsheet_extension {
        let book = workbook::read(bytes)?;
        (book.rows, book.format, Some(book.sheet))
    } else {
        let (rows, format) = delimited::read(bytes)?;
        (rows, format, None)
    };
    table::build(raw, format, sheet)
}

#[cfg(test)]
mod tests;
