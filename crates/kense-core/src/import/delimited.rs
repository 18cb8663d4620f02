//! CSV and tab-separated text as Excel and office staff save it.

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
            return Ok((records(body, delimiter), format));
        }
    }
    let delimiter = sniff_delimiter(&text);
    Ok((records(&text, delimiter), format))
}

/// Splits `text` into records as Excel does: `"` opens a quoted cell where
/// `""` is a quote and delimiters and line breaks are text; CRLF, LF or CR
/// end a record; a stray quote inside an unquoted cell is kept.
fn records(text: &str, delimiter: char) -> Vec<RawRow> {
    let mut rows = Vec::new();
    let mut cells: Vec<String> = Vec::new();
    let mut cell = String::new();
    let mut in_quotes = false;
    let mut at_cell_start = true;
    let mut row_has_content = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if in_quotes {
            if c == '"' {
                if chars.peek() == Some(&'"') {
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
                at_cell_start = false;
                row_has_content = true;
            }
            c if c == delimiter => {
                cells.push(clean_cell(&std::mem::take(&mut cell)));
                at_cell_start = true;
                row_has_content = true;
            }
            '\r' | '\n' => {
                if c == '\r' && chars.peek() == Some(&'\n') {
                    chars.next();
                }
                cells.push(clean_cell(&std::mem::take(&mut cell)));
                rows.push((rows.len() + 1, std::mem::take(&mut cells)));
                at_cell_start = true;
                row_has_content = false;
            }
            _ => {
                cell.push(c);
                at_cell_start = false;
                row_has_content = true;
            }
        }
    }
    if row_has_content || in_quotes {
        cells.push(clean_cell(&cell));
        rows.push((rows.len() + 1, cells));
    }
    rows
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
        let rows = records("a;\"b;\"\"c\"\"\";d\"e\r\n\"x\ny\";\"\"\r\n;\n\"open", ';');
        assert_eq!(
            cells(&rows),
            [
                vec!["a", "b;\"c\"", "d\"e"],
                vec!["x\ny", ""],
                vec!["", ""],
                vec!["open"],
            ]
        );
        assert_eq!(records("", ';'), []);
        assert_eq!(records("a\rb", ';').len(), 2);
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
