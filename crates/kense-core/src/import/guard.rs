//! Checks a zipped workbook (xlsx, xlsm, xlsb, ods) before calamine opens
//! it: every part is decompressed here as a stream with hard caps (a zip
//! bomb stops at the cap, whatever sizes its directory claims), and the
//! worksheets' cell references and `<dimension>` are scanned so that the
//! used range calamine would allocate (rows × columns) is bounded first.

use super::limits::{self, What};
use super::table::{ImportError, MAX_ROWS};
use std::io::{Cursor, Read};

/// Refuses a workbook whose parts or used range are over the limits.
pub(crate) fn check_zipped_workbook(bytes: &[u8]) -> Result<(), ImportError> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| ImportError::Unreadable(e.to_string()))?;
    let too_large = |limit| ImportError::TooLarge {
        what: What::Unpacked,
        line: 0,
        limit,
    };
    let mut total = 0u64;
    for i in 0..archive.len() {
        let mut part = archive
            .by_index(i)
            .map_err(|e| ImportError::Unreadable(e.to_string()))?;
        let name = part
            .name()
            .map(|n| n.into_owned())
            .unwrap_or_default()
            .to_ascii_lowercase();
        let is_sheet = name.starts_with("xl/worksheets/") && name.ends_with(".xml");
        let cap = if name.ends_with("sharedstrings.xml") {
            limits::MAX_STRINGS_BYTES
        } else {
            limits::MAX_PART_BYTES
        };
        if part.size() > cap {
            return Err(too_large(cap));
        }
        if total + part.size() > limits::MAX_UNPACKED_BYTES {
            return Err(too_large(limits::MAX_UNPACKED_BYTES));
        }
        let is_strings = name.ends_with("sharedstrings.xml");
        let mut scan = is_sheet.then(RangeScan::default);
        let mut text = (is_sheet || is_strings).then(TextRun::default);
        let mut read = 0u64;
        let mut buf = vec![0u8; 64 * 1024];
        loop {
            let n = part
                .read(&mut buf)
                .map_err(|e| ImportError::Unreadable(e.to_string()))?;
            if n == 0 {
                break;
            }
            read += n as u64;
            total += n as u64;
            if read > cap {
                return Err(too_large(cap));
            }
            if total > limits::MAX_UNPACKED_BYTES {
                return Err(too_large(limits::MAX_UNPACKED_BYTES));
            }
            if let Some(scan) = scan.as_mut() {
                scan.feed(&buf[..n]);
                scan.check()?;
            }
            if let Some(text) = text.as_mut() {
                text.feed(&buf[..n])?;
            }
        }
    }
    Ok(())
}

/// The longest text between two tags of a sheet or the shared strings,
/// bounded before calamine reads it: one cell's text in a few bytes of
/// compressed file must not become a string of tens of megabytes (calamine
/// and the XML reader each copy it). Twice the cell limit leaves room for
/// escaped characters (`&amp;`).
#[derive(Debug, Default)]
struct TextRun {
    run: usize,
}

impl TextRun {
    const MAX: usize = 2 * limits::MAX_CELL_BYTES;

    fn feed(&mut self, bytes: &[u8]) -> Result<(), ImportError> {
        for &b in bytes {
            if b == b'<' || b == b'>' {
                self.run = 0;
            } else {
                self.run += 1;
                if self.run > Self::MAX {
                    return Err(ImportError::TooLarge {
                        what: What::Cell,
                        line: 0,
                        limit: limits::MAX_CELL_BYTES as u64,
                    });
                }
            }
        }
        Ok(())
    }
}

/// Scans worksheet XML for `<c r="AB12">`, `<row r="12">` and
/// `<dimension ref="A1:AB12">`, keeping the largest row and column.
#[derive(Debug, Default)]
struct RangeScan {
    state: State,
    tag: Vec<u8>,
    value: Vec<u8>,
    /// The last bytes inside a tag, to spot ` r="` / ` ref="`.
    window: [u8; 6],
    max_row: u64,
    max_col: u64,
}

#[derive(Debug, Default, PartialEq, Eq)]
enum State {
    #[default]
    Text,
    TagName,
    InTag,
    Value,
    OtherTag,
}

impl RangeScan {
    fn feed(&mut self, bytes: &[u8]) {
        for &b in bytes {
            match self.state {
                State::Text => {
                    if b == b'<' {
                        self.state = State::TagName;
                        self.tag.clear();
                    }
                }
                State::TagName => {
                    if b.is_ascii_whitespace() {
                        let known = matches!(self.tag.as_slice(), b"c" | b"row" | b"dimension");
                        self.state = if known { State::InTag } else { State::OtherTag };
                        self.window = [b' '; 6];
                    } else if b == b'>' {
                        self.state = State::Text;
                    } else if self.tag.len() < 16 {
                        self.tag.push(b);
                    } else {
                        self.state = State::OtherTag;
                    }
                }
                State::InTag => {
                    if b == b'>' {
                        self.state = State::Text;
                        continue;
                    }
                    self.window.rotate_left(1);
                    self.window[5] = b;
                    let w = &self.window;
                    let r = w[2].is_ascii_whitespace() && &w[3..] == b"r=\"";
                    let reference = w[0].is_ascii_whitespace() && &w[1..] == b"ref=\"";
                    if r || reference {
                        self.state = State::Value;
                        self.value.clear();
                    }
                }
                State::Value => {
                    if b == b'"' {
                        self.take_value();
                        self.state = State::InTag;
                        self.window = [b' '; 6];
                    } else if self.value.len() < 64 {
                        self.value.push(b);
                    }
                }
                State::OtherTag => {
                    if b == b'>' {
                        self.state = State::Text;
                    }
                }
            }
        }
    }

    /// A reference: `AB12`, `12` (a row) or `A1:AB12` (a dimension).
    fn take_value(&mut self) {
        let value = std::mem::take(&mut self.value);
        for part in value.split(|&b| b == b':') {
            let letters = part.iter().take_while(|b| b.is_ascii_alphabetic()).count();
            let (col, row) = part.split_at(letters);
            let col = col.iter().fold(0u64, |n, b| {
                n.saturating_mul(26)
                    .saturating_add(u64::from(b.to_ascii_uppercase() - b'A' + 1))
            });
            let row = std::str::from_utf8(row)
                .ok()
                .and_then(|r| r.parse::<u64>().ok())
                .unwrap_or(0);
            self.max_col = self.max_col.max(col);
            self.max_row = self.max_row.max(row);
        }
        self.value = value;
        self.value.clear();
    }

    fn check(&self) -> Result<(), ImportError> {
        if self.max_col > limits::MAX_COLUMNS as u64 {
            return Err(ImportError::TooManyColumns {
                line: 0,
                limit: limits::MAX_COLUMNS,
            });
        }
        if self.max_row > limits::MAX_RAW_ROWS as u64 {
            return Err(ImportError::TooManyRows { limit: MAX_ROWS });
        }
        if self.max_row.saturating_mul(self.max_col) > limits::MAX_CELLS {
            return Err(ImportError::TooLarge {
                what: What::Sheet,
                line: 0,
                limit: limits::MAX_CELLS,
            });
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scan(xml: &str) -> RangeScan {
        let mut s = RangeScan::default();
        // Fed in small pieces: references split across reads still count.
        for chunk in xml.as_bytes().chunks(3) {
            s.feed(chunk);
        }
        s
    }

    #[test]
    fn a_text_longer_than_a_cell_may_be_is_refused_in_any_pieces() {
        let mut run = TextRun::default();
        let long = "а".repeat(limits::MAX_CELL_BYTES / 2 + 1);
        let xml = format!("<si><t>{long}</t></si><si><t>{long}</t></si>");
        // Two texts of just over a cell's limit each, split anywhere: fine.
        for chunk in xml.as_bytes().chunks(7) {
            assert!(run.feed(chunk).is_ok());
        }
        let xml = format!("<si><t>{long}{long}{long}{long}{long}</t></si>");
        let refused = xml
            .as_bytes()
            .chunks(4096)
            .map(|chunk| run.feed(chunk))
            .find(Result::is_err);
        assert!(matches!(
            refused,
            Some(Err(ImportError::TooLarge {
                what: What::Cell,
                ..
            }))
        ));
    }

    #[test]
    fn references_give_the_used_range() {
        let s = scan(
            r#"<worksheet><dimension ref="A1:C3"/><sheetData><row r="2" spans="1:3"><c r="B2" t="s"><v>0</v></c><c s="1" r="AB7"/></row></sheetData></worksheet>"#,
        );
        assert_eq!((s.max_row, s.max_col), (7, 28));
        assert!(s.check().is_ok());
    }

    #[test]
    fn a_cell_at_xfd1048576_is_refused_before_allocation() {
        let s =
            scan(r#"<sheetData><row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>"#);
        assert!(matches!(s.check(), Err(ImportError::TooManyColumns { .. })));
        let s = scan(r#"<dimension ref="A1:B1048576"/>"#);
        assert!(matches!(s.check(), Err(ImportError::TooManyRows { .. })));
        let s = scan(r#"<c r="IV90000"/>"#);
        assert!(matches!(
            s.check(),
            Err(ImportError::TooLarge {
                what: What::Sheet,
                ..
            })
        ));
    }
}
