//! The participant list / sign-in sheet: a heading and a numbered table with a
//! signature column that flows across pages, with optional blank rows for
//! walk-ins.

use crate::document::Document;
use crate::error::PdfError;
use crate::flow::{Block, Column, ColumnWidth, FlowDocument, PageSetup, Paragraph, Table};
use crate::fonts::Face;
use crate::image::Image;
use crate::paragraph::TextAlign;

/// One participant on the sheet.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SheetRow {
    /// Full name as stored.
    pub full_name: String,
    /// Organisation.
    pub organisation: String,
    /// Position.
    pub position: String,
    /// Phone number as it should be printed.
    pub phone: String,
}

/// The column headings (already in the document's language or languages).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SheetHeadings {
    /// «№».
    pub number: String,
    /// Full name.
    pub full_name: String,
    /// Organisation.
    pub organisation: String,
    /// Position.
    pub position: String,
    /// Phone.
    pub phone: String,
    /// Signature.
    pub signature: String,
}

/// A sign-in sheet.
#[derive(Debug, Clone, PartialEq)]
pub struct Sheet {
    /// The PDF title.
    pub title: String,
    /// A4 landscape instead of portrait.
    pub landscape: bool,
    /// The office's name, one line per language, Kazakh first.
    pub office_names: Vec<String>,
    /// The logo, if any.
    pub logo: Option<Image>,
    /// Title lines, e.g. «ҚАТЫСУШЫЛАР ТІЗІМІ», «СПИСОК УЧАСТНИКОВ».
    pub titles: Vec<String>,
    /// Lines under the title: the event, its date and place.
    pub details: Vec<String>,
    /// Column headings.
    pub headings: SheetHeadings,
    /// The participants, in printed order.
    pub rows: Vec<SheetRow>,
    /// Empty numbered rows after the participants, for walk-ins.
    pub blank_rows: usize,
    /// Print the phone column (a sheet passed round a room shows every
    /// number on it, so it is off unless asked).
    pub phones: bool,
}

/// Lays out the sheet on as many pages as it needs.
pub fn sheet_document(sheet: &Sheet) -> Result<Document, PdfError> {
    let setup = if sheet.landscape {
        PageSetup::a4_landscape(14.0)
    } else {
        PageSetup::a4_portrait(14.0)
    };
    let mut blocks = Vec::new();
    if let Some(logo) = &sheet.logo {
        blocks.push(Block::Image(logo.clone(), 36.0));
        blocks.push(Block::Space(4.0));
    }
    for name in &sheet.office_names {
        blocks.push(Block::Paragraph(Paragraph::new(
            Face::SansBold,
            10.0,
            TextAlign::Center,
            name,
        )));
    }
    blocks.push(Block::Space(10.0));
    for title in &sheet.titles {
        blocks.push(Block::Paragraph(Paragraph::new(
            Face::SerifBold,
            15.0,
            TextAlign::Center,
            title,
        )));
    }
    blocks.push(Block::Space(4.0));
    for line in &sheet.details {
        blocks.push(Block::Paragraph(Paragraph::new(
            Face::SerifRegular,
            11.5,
            TextAlign::Center,
            line,
        )));
    }
    blocks.push(Block::Space(10.0));

    let h = &sheet.headings;
    let wide = sheet.landscape;
    let column = |header: &str, width: ColumnWidth, align: TextAlign| Column {
        header: header.to_owned(),
        width,
        align,
    };
    let mut columns = vec![
        column(&h.number, ColumnWidth::Mm(10.0), TextAlign::Right),
        column(&h.full_name, ColumnWidth::Fraction(3.0), TextAlign::Left),
        column(&h.organisation, ColumnWidth::Fraction(3.0), TextAlign::Left),
        column(&h.position, ColumnWidth::Fraction(2.2), TextAlign::Left),
    ];
    if sheet.phones {
        columns.push(column(
            &h.phone,
            ColumnWidth::Mm(if wide { 34.0 } else { 27.0 }),
            TextAlign::Left,
        ));
    }
    columns.push(column(
        &h.signature,
        ColumnWidth::Mm(if wide { 40.0 } else { 25.0 }),
        TextAlign::Left,
    ));
    let width = columns.len();
    let mut rows: Vec<Vec<String>> = sheet
        .rows
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let mut row = vec![
                format!("{}", i + 1),
                r.full_name.clone(),
                r.organisation.clone(),
                r.position.clone(),
            ];
            if sheet.phones {
                row.push(r.phone.clone());
            }
            row.push(String::new());
            row
        })
        .collect();
    // Blank rows carry their number so a walk-in can be keyed back by it.
    rows.extend((0..sheet.blank_rows).map(|i| {
        let mut row = vec![String::new(); width];
        row[0] = format!("{}", sheet.rows.len() + i + 1);
        row
    }));
    let mut table = Table::new(columns, rows);
    table.size_pt = if wide { 10.0 } else { 9.0 };
    table.min_row_height_pt = 24.0;
    blocks.push(Block::Table(table));

    FlowDocument {
        title: sheet.title.clone(),
        setup,
        blocks,
    }
    .layout()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sheet(rows: usize, blank: usize) -> Sheet {
        Sheet {
            title: "Қатысушылар тізімі".to_owned(),
            landscape: false,
            office_names: vec!["Жобалық кеңсе".to_owned(), "Проектный офис".to_owned()],
            logo: None,
            titles: vec![
                "ҚАТЫСУШЫЛАР ТІЗІМІ".to_owned(),
                "СПИСОК УЧАСТНИКОВ".to_owned(),
            ],
            details: vec!["«Ашық есік күні» · 21.11.2026 10:00 · Алматы".to_owned()],
            headings: SheetHeadings {
                number: "№".to_owned(),
                full_name: "Аты-жөні / ФИО".to_owned(),
                organisation: "Ұйым / Организация".to_owned(),
                position: "Лауазымы / Должность".to_owned(),
                phone: "Телефон".to_owned(),
                signature: "Қолы / Подпись".to_owned(),
            },
            rows: (0..rows)
                .map(|i| SheetRow {
                    full_name: format!("Әлденей Әлібек {i}"),
                    organisation: "«Жас Өркен»".to_owned(),
                    position: "төраға".to_owned(),
                    phone: "+7 701 123 45 67".to_owned(),
                })
                .collect(),
            blank_rows: blank,
            phones: true,
        }
    }

    #[test]
    fn rows_and_blank_rows_are_numbered_in_order_across_pages() {
        let doc = sheet_document(&sheet(60, 5)).unwrap();
        assert!(doc.pages.len() >= 3, "{} pages", doc.pages.len());
        let numbers: Vec<u32> = doc
            .pages
            .iter()
            .flat_map(|p| {
                p.text_runs()
                    .filter_map(|r| r.3.parse::<u32>().ok())
                    .collect::<Vec<_>>()
            })
            .collect();
        assert_eq!(numbers, (1..=65).collect::<Vec<u32>>());
        // The header is repeated on every page.
        for page in &doc.pages {
            assert!(page.text_runs().any(|r| r.3.starts_with("Қолы")));
        }
    }

    #[test]
    fn an_empty_list_still_has_the_header_and_blank_rows() {
        let doc = sheet_document(&sheet(0, 3)).unwrap();
        assert_eq!(doc.pages.len(), 1);
        let texts: Vec<&str> = doc.pages[0].text_runs().map(|r| r.3).collect();
        assert!(texts.contains(&"ҚАТЫСУШЫЛАР ТІЗІМІ"));
        assert!(texts.contains(&"3"));
    }
}
