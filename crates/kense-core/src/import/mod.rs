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
pub use table::{
    ImportError, ImportErrorCode, MAX_ROWS, Table, TableFormat, TableRow, column_letter, read_table,
};
pub(crate) use workbook::number_text;

#[cfg(test)]
mod tests;
