//! CSV and tab-separated text as Excel and office staff save it.

use super::limits;
use super::table::{ImportError, RawRow, TableFormat};
use encoding_rs::{UTF_16BE, UTF_16LE, WINDOWS_1251};

/// Decodes `bytes`, finds the delimiter and reads the records with the row
/// numbers Excel shows (each line outside quotes is a row, blank ones
/// too; line breaks inside quoted cells are not).
pub(crate) fn read(bytes: &[u8]) -> Result<(Vec<RawRow>, TableFormat), ImportError> {
    let (text, format) = decode(bytes)?;
    // Excel's own hint line, «sep=;», is not shown as a row.
    if let Some(rest) = text.strip_prefix("sep=") {
        let mut chars = rest.chars();
        if let (Some(delimiter), Some(end @ ('\r' | '\n'))) = (chars.next(), chars.next()) {
            let body = chars.as_str();
            let body = if end == '\r' {
                body.strip_prefix('\n').unwrap_or(body)
            } else {
                body
            };
            return Ok((records(body, delimiter)?, format));
        }
    }
    let delimiter = sniff_delimiter(&text);
    Ok((records(&text, delimiter)?, format))
}

/// Splits `text` into records as Excel does: `"` opens a quoted cell where
/// `""` is a quote and delimiters and line breaks are text; CRLF, LF or CR
/// end a record; a stray quote inside an unquoted cell is kept. A quote
/// never closed is an error naming the row it opened in (it would swallow
/// every row after it into one cell). Records, cells, columns and rows are
/// bounded as they are read ([`limits`]).
fn records(text: &str, delimiter: char) -> Result<Vec<RawRow>, ImportError> {
    let mut rows = Vec::new();
    let mut cells: Vec<String> = Vec::new();
    let mut cell = String::new();
    let mut in_quotes = false;
    let mut quote_opened_on = 0;
    let mut at_cell_start = true;
    let mut row_has_content = false;
    let mut filled_rows = 0usize;
    let mut row_started_at = 0usize;
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if at - row_started_at > limits::MAX_ROW_BYTES {
            return Err(ImportError::TooLarge {
                what: limits::What::Row,
                line: rows.len() + 1,
                limit: limits::MAX_ROW_BYTES as u64,
            });
        }
        if cell.len() > limits::MAX_CELL_BYTES {
            return Err(ImportError::TooLarge {
                what: limits::What::Cell,
                line: rows.len() + 1,
                limit: limits::MAX_CELL_BYTES as u64,
            });
        }
        if in_quotes {
            if c == '"' {
                if chars.peek().map(|p| p.1) == Some('"') {
                    chars.next();
                    cell.push('"');
                } else {
                    in_quotes = false;
                }
            } else {
                cell.push(c);
            }
            continue;
        }
        match c {
            '"' if at_cell_start => {
                in_quotes = true;
                quote_opened_on = rows.len() + 1;
                at_cell_start = false;
                row_has_content = true;
            }
            c if c == delimiter => {
                cells.push(clean_cell(&std::mem::take(&mut cell)));
                if cells.len() > limits::MAX_COLUMNS {
                    return Err(ImportError::TooManyColumns {
                        line: rows.len() + 1,
                        limit: limits::MAX_COLUMNS,
                    });
                }
                at_cell_start = true;
                row_has_content = true;
            }
            '\r' | '\n' => {
                if c == '\r' && chars.peek().map(|p| p.1) == Some('\n') {
                    chars.next();
                }
                cells.push(clean_cell(&std::mem::take(&mut cell)));
                if cells.iter().any(|c| !c.trim().is_empty()) {
                    filled_rows += 1;
                    if filled_rows > limits::MAX_RAW_ROWS {
                        return Err(ImportError::TooManyRows {
                            limit: super::table::MAX_ROWS,
                        });
                    }
                }
                rows.push((rows.len() + 1, std::mem::take(&mut cells)));
                at_cell_start = true;
                row_has_content = false;
                row_started_at = chars.peek().map_or(text.len(), |p| p.0);
            }
            _ => {
                cell.push(c);
                at_cell_start = false;
                row_has_content = true;
            }
        }
    }
    if in_quotes {
        return Err(ImportError::UnclosedQuote {
            line: quote_opened_on,
        });
    }
    if row_has_content {
        cells.push(clean_cell(&cell));
        rows.push((rows.len() + 1, cells));
    }
    Ok(rows)
}

/// CRLF inside a cell as LF; the apostrophe Kense's CSV export puts before
/// `=`, `+`, `-`, `@` (so Excel does not run it as a formula) removed.
fn clean_cell(field: &str) -> String {
    let field = field.replace("\r\n", "\n");
    match field.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@']) => rest.to_owned(),
        _ => field,
    }
}

fn decode(bytes: &[u8]) -> Result<(String, TableFormat), ImportError> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        let text = std::str::from_utf8(rest).map_err(|_| ImportError::NotATable)?;
        return checked(text.to_owned(), TableFormat::CsvUtf8);
    }
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        let encoding = if bytes[0] == 0xFF { UTF_16LE } else { UTF_16BE };
        let (text, _, had_errors) = encoding.decode(bytes);
        if had_errors {
            return Err(ImportError::NotATable);
        }
        return checked(text.into_owned(), TableFormat::CsvUtf16);
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => checked(text.to_owned(), TableFormat::CsvUtf8),
        Err(_) => {
            let (text, _) = WINDOWS_1251.decode_without_bom_handling(bytes);
            checked(text.into_owned(), TableFormat::CsvWindows1251)
        }
    }
}

/// Refuses binary files: text has no NUL and few other control characters.
fn checked(text: String, format: TableFormat) -> Result<(String, TableFormat), ImportError> {
    let controls = text
        .chars()
        .take(64 * 1024)
        .filter(|&c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
        .count();
    if text.contains('\0') || controls > 8 {
        return Err(ImportError::NotATable);
    }
    Ok((text, format))
}

/// The delimiter of the first line (quotes respected) that has one of `;`,
/// tab or `,`: the most frequent wins, ties in that order. `;` when none.
fn sniff_delimiter(text: &str) -> char {
    let mut counts = [0usize; 3];
    let mut in_quotes = false;
    let mut lines = 0;
    for c in text.chars() {
        match c {
            '"' => in_quotes = !in_quotes,
            '\n' if !in_quotes => {
                if counts.iter().any(|&n| n > 0) {
                    break;
                }
                lines += 1;
                if lines == 10 {
                    break;
                }
            }
            ';' if !in_quotes => counts[0] += 1,
            '\t' if !in_quotes => counts[1] += 1,
            ',' if !in_quotes => counts[2] += 1,
            _ => {}
        }
    }
    let candidates = [';', '\t', ','];
    let mut best = 0;
    for i in 1..3 {
        if counts[i] > counts[best] {
            best = i;
        }
    }
    candidates[best]
}

/// For tests: the text of a Windows-1251 file.
#[cfg(test)]
pub(crate) fn windows_1251(text: &str) -> std::borrow::Cow<'_, [u8]> {
    let (bytes, _, unmappable) = WINDOWS_1251.encode(text);
    assert!(!unmappable, "{text:?} has characters Windows-1251 lacks");
    bytes
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(rows: &[RawRow]) -> Vec<Vec<&str>> {
        rows.iter()
            .map(|(_, c)| c.iter().map(String::as_str).collect())
            .collect()
    }

    #[test]
    fn delimiter_is_sniffed_from_the_header_line() {
        assert_eq!(sniff_delimiter("a;b;c\n1,5;2;3"), ';');
        assert_eq!(sniff_delimiter("a,b,c\n1;2;3"), ',');
        assert_eq!(sniff_delimiter("a\tb\tc\n"), '\t');
        assert_eq!(sniff_delimiter("\"Фамилия, имя\";Телефон\n"), ';');
        assert_eq!(sniff_delimiter("Список\r\nФамилия,Имя\r\n"), ',');
        assert_eq!(sniff_delimiter("одна колонка\n"), ';');
    }

    #[test]
    fn line_numbers_are_excel_rows() {
        let text =
            "Фамилия;Заметка\r\nАбаев;\"две\r\nстроки\"\r\n\r\nБекова;\"ещё\nдве\"\r\nГусев;x\r\n";
        let (rows, format) = read(text.as_bytes()).unwrap();
        assert_eq!(format, TableFormat::CsvUtf8);
        let lines: Vec<usize> = rows.iter().map(|(l, _)| *l).collect();
        // Header 1, Абаев 2, blank line 3, Бекова 4, Гусев 5.
        assert_eq!(lines, [1, 2, 3, 4, 5]);
        assert_eq!(cells(&rows)[2], [""]);
        assert_eq!(cells(&rows)[1], ["Абаев", "две\nстроки"]);
    }

    #[test]
    fn quotes_as_excel_writes_them() {
        let rows = records("a;\"b;\"\"c\"\"\";d\"e\r\n\"x\ny\";\"\"\r\n;\n", ';').unwrap();
        assert_eq!(
            cells(&rows),
            [vec!["a", "b;\"c\"", "d\"e"], vec!["x\ny", ""], vec!["", ""],]
        );
        assert_eq!(records("", ';').unwrap(), []);
        assert_eq!(records("a\rb", ';').unwrap().len(), 2);
    }

    #[test]
    fn an_unclosed_quote_is_an_error_naming_its_row() {
        // The probe: a stray quote at the start of data row 10 of 992 rows
        // swallowed the other 982 rows into one cell, silently.
        let mut text = String::from("Тегі;Аты;Телефон\n");
        for i in 1..=992 {
            let surname = if i == 10 {
                "\"Әлібеков".to_owned()
            } else {
                format!("Адам{i}")
            };
            text.push_str(&format!("{surname};Нұрлан;8701{i:07}\n"));
        }
        let err = read(text.as_bytes()).unwrap_err();
        assert_eq!(err, ImportError::UnclosedQuote { line: 11 });
        assert!(err.to_string().contains("11"), "{err}");
    }

    #[test]
    fn a_50_mb_line_is_refused_without_reading_it_all() {
        let text = "а".repeat(25 * 1024 * 1024);
        let err = read(text.as_bytes()).unwrap_err();
        assert!(
            matches!(err, ImportError::TooLarge { line: 1, .. }),
            "{err:?}"
        );
    }

    #[test]
    fn excel_sep_hint_line() {
        let (rows, _) = read(b"sep=,\r\nA;B,C\r\n1;2,3\r\n").unwrap();
        assert_eq!(cells(&rows), [vec!["A;B", "C"], vec!["1;2", "3"]]);
        assert_eq!(rows[0].0, 1);
    }

    #[test]
    fn encodings() {
        let (rows, format) = read("\u{feff}Тегі;Аты\nӘлібек;Нұрлан\n".as_bytes()).unwrap();
        assert_eq!(format, TableFormat::CsvUtf8);
        assert_eq!(cells(&rows)[0], ["Тегі", "Аты"]);

        let bytes = windows_1251("Фамилия;Имя\r\nЁлкин;Пётр\r\n");
        let (rows, format) = read(&bytes).unwrap();
        assert_eq!(format, TableFormat::CsvWindows1251);
        assert_eq!(cells(&rows)[1], ["Ёлкин", "Пётр"]);

        let mut utf16 = vec![0xFF, 0xFE];
        for unit in "Тегі\tАты\r\nӘлібек\tНұрлан\r\n".encode_utf16() {
            utf16.extend_from_slice(&unit.to_le_bytes());
        }
        let (rows, format) = read(&utf16).unwrap();
        assert_eq!(format, TableFormat::CsvUtf16);
        assert_eq!(cells(&rows)[1], ["Әлібек", "Нұрлан"]);
    }

    #[test]
    fn binary_files_are_refused() {
        assert_eq!(
            read(b"%PDF-1.7\0\0\x01\x02").err(),
            Some(ImportError::NotATable)
        );
    }

    #[test]
    fn the_export_formula_guard_is_removed() {
        assert_eq!(clean_cell("'=1+1"), "=1+1");
        assert_eq!(clean_cell("'+77011234567"), "+77011234567");
        assert_eq!(clean_cell("'Абай"), "'Абай");
        assert_eq!(clean_cell("a\r\nb"), "a\nb");
    }
}
