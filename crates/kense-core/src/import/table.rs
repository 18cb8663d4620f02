//! A file brought from Excel, read into a plain table of text.

use super::limits::What;
use crate::Invalid;
use serde::Serialize;
use ts_rs::TS;

/// Most data rows read from one file.
pub const MAX_ROWS: usize = 100_000;

/// How many rows at the top may be a title above the header.
const HEADER_SEARCH_ROWS: usize = 10;

/// A table of text: the header row and the data rows under it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Table {
    /// The header cells, trimmed, with line breaks as spaces. Every row has
    /// as many cells.
    pub headers: Vec<String>,
    /// The data rows, fully blank ones left out.
    pub rows: Vec<TableRow>,
    /// What the file was.
    pub format: TableFormat,
    /// The sheet read, for workbooks.
    #[ts(optional = nullable)]
    pub sheet: Option<String>,
}

/// One data row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TableRow {
    /// The row number a user sees in Excel (the header is usually 1).
    pub line: usize,
    /// The cells as text (not trimmed), as many as there are headers.
    pub cells: Vec<String>,
}

/// The kind of file a table came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum TableFormat {
    /// Excel 2007+ workbook.
    Xlsx,
    /// Excel binary workbook.
    Xlsb,
    /// Excel 97–2003 workbook.
    Xls,
    /// OpenDocument spreadsheet.
    Ods,
    /// CSV (or tab-separated text) in UTF-8.
    CsvUtf8,
    /// CSV in UTF-16 (Excel's «Unicode text»).
    CsvUtf16,
    /// CSV in Windows-1251 (Excel's «CSV (разделители — запятые)» on a
    /// Russian Windows). It has no Kazakh letters: Excel saved them as `?`.
    CsvWindows1251,
}

/// Why a file could not be read as a table.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    /// Neither a spreadsheet nor text.
    #[error("not a spreadsheet or CSV file")]
    NotATable,
    /// A spreadsheet that could not be opened (damaged or password-protected).
    #[error("the spreadsheet could not be read: {0}")]
    Unreadable(String),
    /// Nothing in the file (or no sheet with anything in it).
    #[error("the file is empty")]
    Empty,
    /// A header row and no data under it.
    #[error("the file has a header row but no data rows")]
    NoRows,
    /// More data rows than [`MAX_ROWS`].
    #[error("the file has more than {limit} rows")]
    TooManyRows {
        /// The limit.
        limit: usize,
    },
    /// A quoted CSV cell whose closing quote never comes.
    #[error(
        "row {line}: a quote (\") opens a cell that is never closed; every row after it would be read into that cell"
    )]
    UnclosedQuote {
        /// The row the quote opened in.
        line: usize,
    },
    /// The file, a row, a cell or the unpacked workbook is over its limit.
    #[error("{} is larger than {limit} bytes (row {line})", what.as_str())]
    TooLarge {
        /// What.
        what: What,
        /// The row (0 for the file or workbook as a whole).
        line: usize,
        /// The limit in bytes (cells for the sheet's range).
        limit: u64,
    },
    /// More columns than the limit.
    #[error("row {line} has more than {limit} columns")]
    TooManyColumns {
        /// The row (0 when the sheet's range says so).
        line: usize,
        /// The limit.
        limit: usize,
    },
}

impl ImportError {
    /// Why the file was refused, in the one vocabulary of refusals
    /// (translated as `invalid-<reason>`).
    pub fn reason(&self) -> Invalid {
        match self {
            Self::NotATable => Invalid::NotATable,
            Self::Unreadable(_) => Invalid::UnreadableFile,
            Self::Empty => Invalid::EmptyFile,
            Self::NoRows => Invalid::NoRows,
            Self::TooManyRows { .. } => Invalid::TooManyRows,
            Self::UnclosedQuote { .. } => Invalid::UnclosedQuote,
            Self::TooLarge { what, .. } => match what {
                What::File => Invalid::TooLarge,
                What::Cell => Invalid::CellTooLarge,
                What::Row => Invalid::RowTooLarge,
                What::Unpacked => Invalid::WorkbookTooLarge,
                What::Sheet => Invalid::SheetTooLarge,
            },
            Self::TooManyColumns { .. } => Invalid::TooManyColumns,
        }
    }

    /// The `$limit` of the reason's translation, in the unit it names: KB
    /// for a cell or a row, MB for the unpacked workbook, bytes for the
    /// file, cells for a sheet; the row a quote opened in.
    pub fn limit(&self) -> Option<u64> {
        match *self {
            Self::TooManyRows { limit } | Self::TooManyColumns { limit, .. } => Some(limit as u64),
            Self::TooLarge { what, limit, .. } => Some(match what {
                What::Cell | What::Row => limit / 1024,
                What::Unpacked => limit / (1024 * 1024),
                What::File | What::Sheet => limit,
            }),
            Self::UnclosedQuote { line } => Some(line as u64),
            Self::NotATable | Self::Unreadable(_) | Self::Empty | Self::NoRows => None,
        }
    }
}

/// A row as read, before the header is found: its Excel row number and
/// cells.
pub(crate) type RawRow = (usize, Vec<String>);

/// Finds the header and the data rows, pads ragged rows.
pub(super) fn build(
    raw: Vec<RawRow>,
    format: TableFormat,
    sheet: Option<String>,
) -> Result<Table, ImportError> {
    let filled = |cells: &[String]| cells.iter().filter(|c| !c.trim().is_empty()).count();
    let non_blank: Vec<usize> = raw
        .iter()
        .enumerate()
        .filter(|(_, (_, cells))| filled(cells) > 0)
        .map(|(i, _)| i)
        .collect();
    let Some(&first) = non_blank.first() else {
        return Err(ImportError::Empty);
    };
    let header_at = non_blank
        .iter()
        .take(HEADER_SEARCH_ROWS)
        .copied()
        .find(|&i| filled(&raw[i].1) >= 2)
        .unwrap_or(first);
    let mut raw = raw.into_iter().skip(header_at);
    let Some((_, header_cells)) = raw.next() else {
        return Err(ImportError::Empty);
    };
    let mut rows = Vec::new();
    for (line, cells) in raw {
        if filled(&cells) == 0 {
            continue;
        }
        if rows.len() == MAX_ROWS {
            return Err(ImportError::TooManyRows { limit: MAX_ROWS });
        }
        rows.push(TableRow { line, cells });
    }
    if rows.is_empty() {
        return Err(ImportError::NoRows);
    }
    let used = |cells: &[String]| {
        cells
            .iter()
            .rposition(|c| !c.trim().is_empty())
            .map_or(0, |i| i + 1)
    };
    let width = rows
        .iter()
        .map(|r| used(&r.cells))
        .chain([used(&header_cells)])
        .max()
        .unwrap_or(0);
    let mut headers: Vec<String> = header_cells
        .iter()
        .map(|h| h.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect();
    headers.resize(width, String::new());
    for row in &mut rows {
        row.cells.resize(width, String::new());
    }
    Ok(Table {
        headers,
        rows,
        format,
        sheet,
    })
}

/// The Excel column letter of a 0-based column index: 0 → A, 26 → AA.
pub fn column_letter(index: usize) -> String {
    let mut n = index + 1;
    let mut letters = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(char::from(b'A' + rem as u8));
        n = (n - 1) / 26;
    }
    letters.iter().rev().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(rows: &[(usize, &[&str])]) -> Vec<RawRow> {
        rows.iter()
            .map(|(line, cells)| (*line, cells.iter().map(|c| (*c).to_owned()).collect()))
            .collect()
    }

    #[test]
    fn a_title_line_above_the_header_is_skipped() {
        let t = build(
            raw(&[
                (1, &["Список участников форума"]),
                (2, &[]),
                (3, &["Фамилия", "Имя"]),
                (4, &["Абаев", "Нұрлан"]),
            ]),
            TableFormat::Xlsx,
            None,
        )
        .unwrap();
        assert_eq!(t.headers, ["Фамилия", "Имя"]);
        assert_eq!(t.rows[0].line, 4);
    }

    #[test]
    fn ragged_rows_are_padded_and_blank_rows_skipped() {
        let t = build(
            raw(&[
                (1, &["Фамилия", "Имя", ""]),
                (2, &["Абаев"]),
                (3, &["", "  ", ""]),
                (4, &["Бекова", "Анна", "", "лишнее"]),
            ]),
            TableFormat::CsvUtf8,
            None,
        )
        .unwrap();
        assert_eq!(t.headers, ["Фамилия", "Имя", "", ""]);
        assert_eq!(t.rows.len(), 2);
        assert_eq!(t.rows[0].cells, ["Абаев", "", "", ""]);
        assert_eq!(t.rows[1].line, 4);
    }

    #[test]
    fn empty_and_header_only_files_are_clear_errors() {
        assert_eq!(
            build(vec![], TableFormat::CsvUtf8, None),
            Err(ImportError::Empty)
        );
        assert_eq!(
            build(raw(&[(1, &["", " "])]), TableFormat::CsvUtf8, None),
            Err(ImportError::Empty)
        );
        assert_eq!(
            build(
                raw(&[(1, &["Фамилия", "Имя"]), (2, &[""])]),
                TableFormat::CsvUtf8,
                None
            ),
            Err(ImportError::NoRows)
        );
        assert_eq!(ImportError::NoRows.reason(), Invalid::NoRows);
    }

    #[test]
    fn column_letters() {
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(25), "Z");
        assert_eq!(column_letter(26), "AA");
        assert_eq!(column_letter(701), "ZZ");
        assert_eq!(column_letter(702), "AAA");
    }
}
