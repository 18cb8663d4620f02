//! CSV for Excel in a Russian or Kazakh locale: UTF-8 with BOM, `;`
//! between cells, CRLF between rows, decimal commas.

use super::{Cell, date_text, date_time_text};

/// Writes a CSV that Excel in a Russian or Kazakh locale opens directly
/// (double-click): UTF-8 BOM (so Kazakh letters survive), `;` delimiter,
/// CRLF line ends, cells quoted when they hold `;`, `"` or line breaks,
/// numbers with a decimal comma, dates as `dd.mm.yyyy`.
///
/// Text starting with `=`, `+`, `-` or `@` gets a leading `'` so Excel
/// shows it instead of running it as a formula (a phone `+77011234567`
/// would otherwise become the number 77011234567, and `=HYPERLINK(…)` a
/// live link); [`crate::import::read_table`] removes it again.
pub fn write_csv(headers: &[&str], rows: &[Vec<Cell>]) -> Vec<u8> {
    let mut out = String::from("\u{feff}");
    let header_cells: Vec<Cell> = headers.iter().map(|h| Cell::from(*h)).collect();
    for row in std::iter::once(&header_cells).chain(rows) {
        let line: Vec<String> = row.iter().map(|c| field(&text(c))).collect();
        out.push_str(&line.join(";"));
        out.push_str("\r\n");
    }
    out.into_bytes()
}

fn text(cell: &Cell) -> String {
    match cell {
        Cell::Text(s) if s.starts_with(['=', '+', '-', '@']) => format!("'{s}"),
        Cell::Text(s) => s.clone(),
        Cell::Number(n) => crate::import::number_text(*n).replace('.', ","),
        Cell::Int(n) => n.to_string(),
        Cell::Date(d) => date_text(*d),
        Cell::DateTime(dt) => date_time_text(*dt),
        Cell::Empty => String::new(),
    }
}

/// Quotes `s` when it needs it, doubling its quotes.
fn field(s: &str) -> String {
    let needs_quotes = s.contains([';', '"', '\n', '\r'])
        || s.starts_with(char::is_whitespace)
        || s.ends_with(char::is_whitespace);
    if needs_quotes {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_owned()
    }
}
