//! Excel workbooks (and ODS) read with calamine from memory.

use super::table::{ImportError, RawRow, TableFormat};
use calamine::{Data, ExcelDateTime, Reader, SheetType, SheetVisible, Sheets};
use std::io::Cursor;

/// The first sheet with data.
pub(crate) struct Book {
    pub(crate) rows: Vec<RawRow>,
    pub(crate) format: TableFormat,
    pub(crate) sheet: String,
}

/// True for a ZIP (xlsx, xlsm, xlsb, ods) or OLE (xls) file signature.
pub(crate) fn has_signature(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")
}

/// Reads the first visible worksheet that has data (hidden ones after the
/// visible ones), with Excel row numbers and columns from A.
pub(crate) fn read(bytes: &[u8]) -> Result<Book, ImportError> {
    if bytes.starts_with(b"PK\x03\x04") {
        super::guard::check_zipped_workbook(bytes)?;
    }
    let mut book = calamine::open_workbook_auto_from_rs(Cursor::new(bytes))
        .map_err(|e| ImportError::Unreadable(e.to_string()))?;
    let format = match &book {
        Sheets::Xls(_) => TableFormat::Xls,
        Sheets::Xlsx(_) => TableFormat::Xlsx,
        Sheets::Xlsb(_) => TableFormat::Xlsb,
        Sheets::Ods(_) => TableFormat::Ods,
    };
    let mut sheets: Vec<(bool, String)> = book
        .sheets_metadata()
        .iter()
        .filter(|s| s.typ == SheetType::WorkSheet)
        .map(|s| (s.visible != SheetVisible::Visible, s.name.clone()))
        .collect();
    // Stable: visible sheets first, each group in workbook order.
    sheets.sort_by_key(|(hidden, _)| *hidden);
    for (_, name) in sheets {
        let range = book
            .worksheet_range(&name)
            .map_err(|e| ImportError::Unreadable(e.to_string()))?;
        let Some((first_row, first_col)) = range.start() else {
            continue;
        };
        let rows: Vec<RawRow> = range
            .rows()
            .enumerate()
            .map(|(i, cells)| {
                let mut texts = vec![String::new(); first_col as usize];
                texts.extend(cells.iter().map(cell_text));
                (first_row as usize + i + 1, texts)
            })
            .collect();
        if rows
            .iter()
            .any(|(_, cells)| cells.iter().any(|c| !c.trim().is_empty()))
        {
            return Ok(Book {
                rows,
                format,
                sheet: name,
            });
        }
    }
    Err(ImportError::Empty)
}

/// A cell as the user sees it: whole numbers without `.0`, dates as
/// `dd.mm.yyyy`, times as `hh:mm`.
fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.replace("\r\n", "\n"),
        Data::Int(i) => i.to_string(),
        Data::Float(f) => number_text(*f),
        Data::Bool(true) => "TRUE".to_owned(),
        Data::Bool(false) => "FALSE".to_owned(),
        Data::DateTime(dt) => date_time_text(dt),
        Data::DateTimeIso(s) => iso_text(s),
        Data::DurationIso(s) => s.clone(),
        Data::Error(e) => e.to_string(),
    }
}

/// Whole numbers as integers (a phone typed as a number stays
/// `87011234567`), others with at most 15 significant digits as Excel
/// shows them.
pub(crate) fn number_text(f: f64) -> String {
    if !f.is_finite() {
        return String::new();
    }
    if f.fract() == 0.0 && f.abs() < 1e15 {
        return format!("{}", f as i64);
    }
    format!("{f:.14e}")
        .parse::<f64>()
        .map_or_else(|_| f.to_string(), |rounded| rounded.to_string())
}

fn date_time_text(dt: &ExcelDateTime) -> String {
    if dt.is_duration() {
        return number_text(dt.as_f64());
    }
    let (y, mo, d, h, mi, s, _) = dt.to_ymd_hms_milli();
    let time = match (h, mi, s) {
        (0, 0, 0) => String::new(),
        (h, mi, 0) => format!("{h:02}:{mi:02}"),
        (h, mi, s) => format!("{h:02}:{mi:02}:{s:02}"),
    };
    if dt.as_f64() < 1.0 {
        // A time of day without a date.
        return if time.is_empty() {
            "00:00".into()
        } else {
            time
        };
    }
    let date = format!("{d:02}.{mo:02}.{y:04}");
    if time.is_empty() {
        date
    } else {
        format!("{date} {time}")
    }
}

/// ODS dates are ISO 8601 text: `2024-03-15` or `2024-03-15T10:30:00`.
fn iso_text(s: &str) -> String {
    let (date, time) = s.split_once('T').unwrap_or((s, ""));
    let parts: Vec<&str> = date.split('-').collect();
    let [y, m, d] = parts[..] else {
        return s.to_owned();
    };
    let time = time.get(..5).unwrap_or("");
    let date = format!("{d}.{m}.{y}");
    if time.is_empty() || time == "00:00" {
        date
    } else {
        format!("{date} {time}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_as_excel_shows_them() {
        assert_eq!(number_text(123.0), "123");
        assert_eq!(number_text(87011234567.0), "87011234567");
        assert_eq!(number_text(-5.0), "-5");
        assert_eq!(number_text(1.5), "1.5");
        assert_eq!(number_text(0.1 + 0.2), "0.3");
        assert_eq!(number_text(f64::NAN), "");
    }

    #[test]
    fn dates_read_as_dd_mm_yyyy() {
        let dt = |v| ExcelDateTime::new(v, calamine::ExcelDateTimeType::DateTime, false);
        assert_eq!(date_time_text(&dt(45366.0)), "15.03.2024");
        assert_eq!(date_time_text(&dt(45366.5)), "15.03.2024 12:00");
        assert_eq!(date_time_text(&dt(0.75)), "18:00");
        assert_eq!(iso_text("2024-03-15"), "15.03.2024");
    }
}
