//! XLSX workbooks: bold filled header, frozen header row, autofilter, real
//! numbers and dates, sensible column widths.

use super::{Cell, Sheet, date_text, date_time_text};
use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};
use rust_xlsxwriter::{
    Color, ExcelDateTime, Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError,
};

/// Most data rows in one sheet (Excel's 1,048,576 rows less the header).
pub const MAX_DATA_ROWS: usize = 1_048_575;
/// Excel's column limit.
const MAX_COLUMNS: usize = 16_384;
/// Excel's limit on the characters (UTF-16 units) in a cell.
const MAX_CELL_UNITS: usize = 32_767;
/// Column widths, in Excel character units.
const MIN_WIDTH: f64 = 8.0;
const MAX_WIDTH: f64 = 60.0;
/// Rows looked at to size the columns.
const WIDTH_SAMPLE_ROWS: usize = 1000;
/// Integers with more digits than Excel keeps (15) are written as text.
const MAX_EXACT_INT: i64 = 999_999_999_999_999;

/// Why a workbook could not be written.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// More rows than one sheet holds.
    #[error("sheet {sheet:?} has more than {limit} rows")]
    TooManyRows {
        /// The sheet.
        sheet: String,
        /// The limit.
        limit: usize,
    },
    /// More columns than one sheet holds.
    #[error("sheet {sheet:?} has more than {limit} columns")]
    TooManyColumns {
        /// The sheet.
        sheet: String,
        /// The limit.
        limit: usize,
    },
    /// The XLSX writer failed.
    #[error("writing the workbook failed: {0}")]
    Xlsx(#[from] XlsxError),
}

struct Formats {
    header: Format,
    date: Format,
    date_time: Format,
    wrapped: Format,
}

/// Writes `sheets` into one XLSX workbook. Each sheet has a bold, filled,
/// frozen header row with an autofilter; numbers are numbers, dates real
/// Excel dates shown `dd.mm.yyyy`, text always text (an IIN keeps its
/// leading zero). Sheet names are made valid and unique.
pub fn write_xlsx(sheets: &[Sheet]) -> Result<Vec<u8>, ExportError> {
    let formats = Formats {
        header: Format::new()
            .set_bold()
            .set_background_color(Color::RGB(0xDD_EB_F7))
            .set_border_bottom(FormatBorder::Thin)
            .set_align(FormatAlign::Top)
            .set_text_wrap(),
        date: Format::new().set_num_format("dd.mm.yyyy"),
        date_time: Format::new().set_num_format("dd.mm.yyyy hh:mm"),
        wrapped: Format::new().set_text_wrap().set_align(FormatAlign::Top),
    };
    let mut workbook = Workbook::new();
    let mut used_names: Vec<String> = Vec::new();
    for (index, sheet) in sheets.iter().enumerate() {
        let name = unique_name(&sanitise_sheet_name(&sheet.name, index + 1), &used_names);
        used_names.push(name.clone());
        let width = sheet
            .rows
            .iter()
            .map(Vec::len)
            .chain([sheet.headers.len()])
            .max()
            .unwrap_or(0);
        if sheet.rows.len() > MAX_DATA_ROWS {
            return Err(ExportError::TooManyRows {
                sheet: name,
                limit: MAX_DATA_ROWS,
            });
        }
        if width > MAX_COLUMNS {
            return Err(ExportError::TooManyColumns {
                sheet: name,
                limit: MAX_COLUMNS,
            });
        }
        let worksheet = workbook.add_worksheet();
        worksheet.set_name(&name)?;
        write_sheet(worksheet, sheet, width, &formats)?;
    }
    Ok(workbook.save_to_buffer()?)
}

fn write_sheet(
    ws: &mut Worksheet,
    sheet: &Sheet,
    width: usize,
    formats: &Formats,
) -> Result<(), XlsxError> {
    for (col, header) in sheet.headers.iter().enumerate() {
        ws.write_string_with_format(0, col as u16, limit_text(header), &formats.header)?;
    }
    for (r, row) in sheet.rows.iter().enumerate() {
        let r = r as u32 + 1;
        for (c, cell) in row.iter().enumerate() {
            write_cell(ws, r, c as u16, cell, formats)?;
        }
    }
    if width > 0 {
        ws.set_freeze_panes(1, 0)?;
        ws.autofilter(0, 0, sheet.rows.len() as u32, width as u16 - 1)?;
    }
    for col in 0..width {
        let given = sheet
            .column_widths
            .as_ref()
            .and_then(|w| w.get(col))
            .copied()
            .filter(|w| w.is_finite() && *w > 0.0);
        let w = given.unwrap_or_else(|| auto_width(sheet, col));
        ws.set_column_width(col as u16, w)?;
    }
    Ok(())
}

fn write_cell(
    ws: &mut Worksheet,
    row: u32,
    col: u16,
    cell: &Cell,
    formats: &Formats,
) -> Result<(), XlsxError> {
    match cell {
        Cell::Text(s) if s.contains('\n') => {
            ws.write_string_with_format(row, col, limit_text(s), &formats.wrapped)?;
        }
        Cell::Text(s) if !s.is_empty() => {
            ws.write_string(row, col, limit_text(s))?;
        }
        Cell::Number(n) if n.is_finite() => {
            ws.write_number(row, col, *n)?;
        }
        Cell::Int(n) if n.abs() <= MAX_EXACT_INT => {
            ws.write_number(row, col, *n as f64)?;
        }
        Cell::Int(n) => {
            ws.write_string(row, col, n.to_string())?;
        }
        Cell::Date(d) => match excel_date(*d) {
            Some(x) => {
                ws.write_datetime_with_format(row, col, &x, &formats.date)?;
            }
            None => {
                ws.write_string(row, col, date_text(*d))?;
            }
        },
        Cell::DateTime(dt) => match excel_date_time(*dt) {
            Some(x) => {
                ws.write_datetime_with_format(row, col, &x, &formats.date_time)?;
            }
            None => {
                ws.write_string(row, col, date_time_text(*dt))?;
            }
        },
        Cell::Text(_) | Cell::Number(_) | Cell::Empty => {}
    }
    Ok(())
}

/// An Excel date, or `None` outside Excel's range (1900–9999).
fn excel_date(d: NaiveDate) -> Option<ExcelDateTime> {
    let year = u16::try_from(d.year()).ok()?;
    ExcelDateTime::from_ymd(year, d.month() as u8, d.day() as u8).ok()
}

fn excel_date_time(dt: NaiveDateTime) -> Option<ExcelDateTime> {
    excel_date(dt.date())?
        .and_hms(dt.hour() as u16, dt.minute() as u8, dt.second())
        .ok()
}

/// `s` cut to what an Excel cell holds.
fn limit_text(s: &str) -> &str {
    if s.len() <= MAX_CELL_UNITS {
        // UTF-16 units never exceed UTF-8 bytes.
        return s;
    }
    let mut units = 0;
    for (i, c) in s.char_indices() {
        units += c.len_utf16();
        if units > MAX_CELL_UNITS {
            return &s[..i];
        }
    }
    s
}

/// The width of column `col` from its header and first rows.
fn auto_width(sheet: &Sheet, col: usize) -> f64 {
    let header = sheet.headers.get(col).map_or(0, |h| h.chars().count() + 2);
    let cells = sheet
        .rows
        .iter()
        .take(WIDTH_SAMPLE_ROWS)
        .filter_map(|r| r.get(col))
        .map(|c| match c {
            Cell::Text(s) => s.lines().map(|l| l.chars().count()).max().unwrap_or(0),
            Cell::Number(n) => crate::import::number_text(*n).len(),
            Cell::Int(n) => n.to_string().len(),
            Cell::Date(_) => 10,
            Cell::DateTime(_) => 16,
            Cell::Empty => 0,
        })
        .max()
        .unwrap_or(0);
    ((header.max(cells) + 1) as f64).clamp(MIN_WIDTH, MAX_WIDTH)
}

/// A valid Excel sheet name from `name`: `[ ] : * ? / \` and control
/// characters replaced, no apostrophe at either end, at most 31 characters
/// (UTF-16 units), never empty (`Sheet<n>` instead) nor the reserved
/// «History».
pub fn sanitise_sheet_name(name: &str, n: usize) -> String {
    let replaced: String = name
        .chars()
        .map(|c| {
            if matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\') || c.is_control() {
                '_'
            } else {
                c
            }
        })
        .collect();
    let mut s = truncate_units(replaced.trim().trim_matches('\''), 31)
        .trim()
        .trim_matches('\'')
        .to_owned();
    if s.is_empty() {
        s = format!("Sheet{n}");
    }
    if s.eq_ignore_ascii_case("history") {
        s.push('_');
    }
    s
}

/// `name`, or `name (2)`, `name (3)`… cut to fit, unlike any of `used`
/// (Excel compares sheet names case-insensitively).
fn unique_name(name: &str, used: &[String]) -> String {
    let taken = |candidate: &str| {
        let lower = candidate.to_lowercase();
        used.iter().any(|u| u.to_lowercase() == lower)
    };
    if !taken(name) {
        return name.to_owned();
    }
    for i in 2..1000 {
        let suffix = format!(" ({i})");
        let base = truncate_units(name, 31 - suffix.len());
        let candidate = format!("{}{suffix}", base.trim_end());
        if !taken(&candidate) {
            return candidate;
        }
    }
    name.to_owned()
}

fn truncate_units(s: &str, max: usize) -> &str {
    let mut units = 0;
    for (i, c) in s.char_indices() {
        units += c.len_utf16();
        if units > max {
            return &s[..i];
        }
    }
    s
}
