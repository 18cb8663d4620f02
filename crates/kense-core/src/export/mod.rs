//! Exporting lists for Excel: CSV that a Russian-locale Excel opens
//! directly, and XLSX workbooks with real numbers and dates.
//!
//! This module and its `csv` and `xlsx` writers are pure: values in, bytes
//! out. [`registry`] is the database half: the registry's people,
//! organisations and events as a [`Sheet`], written in an [`ExportFormat`].

mod csv;
pub mod registry;
mod xlsx;

use crate::{Error, FieldName, Invalid, Result};
use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};
use std::path::Path;
use ts_rs::TS;

pub use self::csv::write_csv;
pub use self::xlsx::{ExportError, MAX_DATA_ROWS, sanitise_sheet_name, write_xlsx};

/// The file format of an export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ExportFormat {
    /// CSV for Excel (UTF-8 with BOM, `;`).
    Csv,
    /// An Excel workbook.
    Xlsx,
}

impl ExportFormat {
    /// The format a file name asks for (`.csv` or `.xlsx`).
    pub fn for_path(path: &Path) -> Result<Self> {
        match path
            .extension()
            .map(|e| e.to_string_lossy().to_lowercase())
            .as_deref()
        {
            Some("csv") => Ok(Self::Csv),
            Some("xlsx") => Ok(Self::Xlsx),
            _ => Err(Error::validation(
                FieldName::File,
                Invalid::NotATable,
                format!("{}: use a .csv or .xlsx file name", path.display()),
            )),
        }
    }
}

/// The bytes of `sheet` in `format`: CSV for Excel, or a one-sheet workbook.
pub(crate) fn finish(format: ExportFormat, sheet: Sheet) -> Result<Vec<u8>> {
    match format {
        ExportFormat::Csv => {
            let headers: Vec<&str> = sheet.headers.iter().map(String::as_str).collect();
            Ok(write_csv(&headers, &sheet.rows))
        }
        ExportFormat::Xlsx => write_xlsx(&[sheet]).map_err(|e| Error::Render(e.to_string())),
    }
}

/// One cell of an exported table.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// Text, written as text (never turned into a number or formula).
    Text(String),
    /// A number.
    Number(f64),
    /// A whole number.
    Int(i64),
    /// A date, shown `dd.mm.yyyy`.
    Date(NaiveDate),
    /// A date and time, shown `dd.mm.yyyy hh:mm`.
    DateTime(NaiveDateTime),
    /// Nothing.
    Empty,
}

/// One worksheet of an XLSX export.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Sheet {
    /// The sheet name; made valid for Excel by [`sanitise_sheet_name`].
    pub name: String,
    /// The header row.
    pub headers: Vec<String>,
    /// The data rows.
    pub rows: Vec<Vec<Cell>>,
    /// Column widths in Excel character units; computed from the content
    /// when `None` (or for columns past the end).
    pub column_widths: Option<Vec<f64>>,
}

impl From<&str> for Cell {
    fn from(s: &str) -> Self {
        Self::Text(s.to_owned())
    }
}

impl From<String> for Cell {
    fn from(s: String) -> Self {
        Self::Text(s)
    }
}

impl From<i64> for Cell {
    fn from(n: i64) -> Self {
        Self::Int(n)
    }
}

impl From<f64> for Cell {
    fn from(n: f64) -> Self {
        Self::Number(n)
    }
}

impl From<NaiveDate> for Cell {
    fn from(d: NaiveDate) -> Self {
        Self::Date(d)
    }
}

impl From<NaiveDateTime> for Cell {
    fn from(d: NaiveDateTime) -> Self {
        Self::DateTime(d)
    }
}

impl<T: Into<Cell>> From<Option<T>> for Cell {
    fn from(value: Option<T>) -> Self {
        value.map_or(Self::Empty, Into::into)
    }
}

/// `dd.mm.yyyy`, as Excel in the Russian and Kazakh locales writes dates.
pub(crate) fn date_text(d: NaiveDate) -> String {
    d.format("%d.%m.%Y").to_string()
}

/// `dd.mm.yyyy hh:mm`, with seconds only when there are some.
pub(crate) fn date_time_text(dt: NaiveDateTime) -> String {
    if dt.format("%S").to_string() == "00" {
        dt.format("%d.%m.%Y %H:%M").to_string()
    } else {
        dt.format("%d.%m.%Y %H:%M:%S").to_string()
    }
}

#[cfg(test)]
mod tests;
