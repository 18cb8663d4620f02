//! Flowing layout: paragraphs, tables and images poured onto as many pages as they
//! need, with a bilingual page footer («Бет 1 / 3 · Страница 1 из 3»).
//!
//! Layout happens first; the footers are drawn once the page count is known.

use crate::document::{A4_HEIGHT_PT, A4_WIDTH_PT, Document, Page, Stroke, mm};
use crate::error::PdfError;
use crate::fonts::Face;
use crate::image::Image;
use crate::measure::FontMetrics;
use crate::paragraph::{LaidLine, TextAlign, draw_lines, layout_lines};

/// Grid lines of tables.
const GRID: Stroke = Stroke::grey(0.5, 0.25);

/// Paper size, margins and footer of every page of a flow.
#[derive(Debug, Clone, PartialEq)]
pub struct PageSetup {
    /// Page width in points.
    pub width_pt: f32,
    /// Page height in points.
    pub height_pt: f32,
    /// Margins in points: top, right, bottom, left.
    pub margins_pt: [f32; 4],
    /// Whether to number the pages in the bottom margin.
    pub footer: bool,
    /// The language of the page numbers.
    pub footer_language: FooterLanguage,
}

/// The language of a flowing document's page numbers: a page in one
/// language is numbered in that language only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum FooterLanguage {
    /// «Бет 1 / 3».
    Kazakh,
    /// «Страница 1 из 3».
    Russian,
    /// «Бет 1 / 3 · Страница 1 из 3», for a document in both languages.
    #[default]
    Both,
}

impl PageSetup {
    /// The same setup with page numbers in `language`.
    pub fn numbered_in(self, language: FooterLanguage) -> Self {
        Self {
            footer_language: language,
            ..self
        }
    }

    /// A4 portrait with equal margins of `margin_mm` and page numbers.
    pub fn a4_portrait(margin_mm: f32) -> Self {
        Self {
            width_pt: A4_WIDTH_PT,
            height_pt: A4_HEIGHT_PT,
            margins_pt: [mm(margin_mm); 4],
            footer: true,
            footer_language: FooterLanguage::Both,
        }
    }

    /// A4 landscape with equal margins of `margin_mm` and page numbers.
    pub fn a4_landscape(margin_mm: f32) -> Self {
        Self {
            width_pt: A4_HEIGHT_PT,
            height_pt: A4_WIDTH_PT,
            ..Self::a4_portrait(margin_mm)
        }
    }

    fn content_width(&self) -> f32 {
        self.width_pt - self.margins_pt[1] - self.margins_pt[3]
    }
}

/// A paragraph of running text.
#[derive(Debug, Clone, PartialEq)]
pub struct Paragraph {
    /// The face.
    pub face: Face,
    /// Font size in points.
    pub size_pt: f32,
    /// Distance between baselines as a multiple of the size (e.g. 1.3).
    pub line_height: f32,
    /// Alignment of the lines.
    pub align: TextAlign,
    /// The text; whitespace runs collapse to one space.
    pub text: String,
}

impl Paragraph {
    /// A paragraph with line height 1.3.
    pub fn new(face: Face, size_pt: f32, align: TextAlign, text: &str) -> Self {
        Self {
            face,
            size_pt,
            line_height: 1.3,
            align,
            text: text.to_owned(),
        }
    }
}

/// The width of a table column.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ColumnWidth {
    /// A fixed width in millimetres.
    Mm(f32),
    /// A share of the width the fixed columns leave (shares are relative weights).
    Fraction(f32),
}

/// A table column: heading, width and alignment of its cells.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    /// The heading, repeated at the top of every page.
    pub header: String,
    /// The column's width.
    pub width: ColumnWidth,
    /// Alignment of the cell text.
    pub align: TextAlign,
}

/// A table whose rows flow across pages; rows never split.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// The columns.
    pub columns: Vec<Column>,
    /// The rows: one string per column (missing cells are empty); a `\n` in
    /// a cell starts a new line.
    pub rows: Vec<Vec<String>>,
    /// Empty rows appended at the end (for hand-written entries).
    pub blank_rows: usize,
    /// Height of a blank row in points.
    pub blank_row_height_pt: f32,
    /// The least height of a row in points (room for a signature, say).
    pub min_row_height_pt: f32,
    /// Face of the cells.
    pub face: Face,
    /// Face of the header row.
    pub header_face: Face,
    /// Font size in points.
    pub size_pt: f32,
    /// Padding inside each cell in points.
    pub padding_pt: f32,
}

impl Table {
    /// A table in PT Sans 10 pt with the given columns and rows.
    pub fn new(columns: Vec<Column>, rows: Vec<Vec<String>>) -> Self {
        Self {
            columns,
            rows,
            blank_rows: 0,
            blank_row_height_pt: 24.0,
            min_row_height_pt: 0.0,
            face: Face::SansRegular,
            header_face: Face::SansBold,
            size_pt: 10.0,
            padding_pt: 4.0,
        }
    }
}

/// One piece of flowing content.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// Running text.
    Paragraph(Paragraph),
    /// A table.
    Table(Table),
    /// Vertical space in points.
    Space(f32),
    /// An image, centred, scaled to at most the given height in points.
    Image(Image, f32),
    /// A vector chart of the full width (see [`crate::Chart`]).
    Chart(crate::chart::Chart),
    /// The next block starts on a new page.
    PageBreak,
}

/// A flowing document: setup plus content.
#[derive(Debug, Clone, PartialEq)]
pub struct FlowDocument {
    /// The PDF title.
    pub title: String,
    /// Paper, margins and footer.
    pub setup: PageSetup,
    /// The content, top to bottom.
    pub blocks: Vec<Block>,
}

/// The bilingual footer text of page `n` of `total`.
pub fn footer_text(n: usize, total: usize) -> String {
    footer_text_in(FooterLanguage::Both, n, total)
}

/// The footer text of page `n` of `total` in `language`.
pub fn footer_text_in(language: FooterLanguage, n: usize, total: usize) -> String {
    match language {
        FooterLanguage::Kazakh => format!("Бет {n} / {total}"),
        FooterLanguage::Russian => format!("Страница {n} из {total}"),
        FooterLanguage::Both => format!("Бет {n} / {total} · Страница {n} из {total}"),
    }
}

/// A page being filled from the top; `y` is the top of the free space.
struct Cursor {
    pages: Vec<Page>,
    y: f32,
    top: f32,
    bottom: f32,
    setup: PageSetup,
}

impl Cursor {
    fn page(&mut self) -> &mut Page {
        if self.pages.is_empty() {
            self.new_page();
        }
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    fn new_page(&mut self) {
        self.pages
            .push(Page::new(self.setup.width_pt, self.setup.height_pt));
        self.y = self.top;
    }

    fn fits(&self, height: f32) -> bool {
        self.y - height >= self.bottom - 1e-3
    }

    /// Makes room for `height` points, starting a page if needed; fails if even an
    /// empty page is too short.
    fn reserve(&mut self, height: f32, what: &str) -> Result<(), PdfError> {
        if height > self.top - self.bottom + 1e-3 {
            return Err(PdfError::DoesNotFit {
                what: what.to_owned(),
            });
        }
        if self.pages.is_empty() || !self.fits(height) {
            self.new_page();
        }
        Ok(())
    }
}

impl FlowDocument {
    /// Lays the content out on pages and numbers them.
    pub fn layout(&self) -> Result<Document, PdfError> {
        let s = &self.setup;
        let mut cursor = Cursor {
            pages: Vec::new(),
            y: 0.0,
            top: s.height_pt - s.margins_pt[0],
            bottom: s.margins_pt[2],
            setup: s.clone(),
        };
        let left = s.margins_pt[3];
        let width = s.content_width();
        for block in &self.blocks {
            match block {
                Block::Space(pt) => cursor.y -= pt,
                Block::Paragraph(p) => {
                    let m = FontMetrics::for_face(p.face)?;
                    let lh = p.size_pt * p.line_height;
                    for line in layout_lines(m, &p.text, p.size_pt, width, p.align) {
                        cursor.reserve(lh, "a line of text")?;
                        let y = cursor.y;
                        let page = cursor.page();
                        draw_lines(page, m, p.size_pt, p.line_height, (left, y), &[line]);
                        cursor.y -= lh;
                    }
                }
                Block::Image(image, max_height) => {
                    let [_, _, _, h] = image.fit_in_box((0.0, 0.0), (width, *max_height));
                    cursor.reserve(h, "an image")?;
                    let y = cursor.y - h;
                    cursor.page().image(image, (left, y), (width, h));
                    cursor.y = y;
                }
                Block::Table(table) => layout_table(&mut cursor, table, left, width)?,
                Block::Chart(chart) => {
                    cursor.reserve(chart.height_pt, "a chart")?;
                    let y = cursor.y;
                    crate::chart::draw_chart(cursor.page(), chart, (left, y), width)?;
                    cursor.y -= chart.height_pt;
                }
                Block::PageBreak => {
                    if !cursor.pages.is_empty() && cursor.y < cursor.top {
                        cursor.new_page();
                    }
                }
            }
        }
        let mut pages = cursor.pages;
        if pages.is_empty() {
            pages.push(Page::new(s.width_pt, s.height_pt));
        }
        if s.footer {
            let sans = FontMetrics::for_face(Face::SansRegular)?;
            let total = pages.len();
            let baseline = s.margins_pt[2] / 2.0;
            for (i, page) in pages.iter_mut().enumerate() {
                page.aligned_text(
                    sans,
                    9.0,
                    (s.width_pt / 2.0, baseline),
                    crate::document::Align::Center,
                    &footer_text_in(s.footer_language, i + 1, total),
                );
            }
        }
        Ok(Document {
            title: self.title.clone(),
            pages,
        })
    }
}

/// Column widths in points: fixed columns first, fractions share the rest.
pub fn column_widths(columns: &[Column], total: f32) -> Vec<f32> {
    let fixed: f32 = columns
        .iter()
        .map(|c| match c.width {
            ColumnWidth::Mm(v) => mm(v),
            ColumnWidth::Fraction(_) => 0.0,
        })
        .sum();
    let shares: f32 = columns
        .iter()
        .map(|c| match c.width {
            ColumnWidth::Fraction(f) => f.max(0.0),
            ColumnWidth::Mm(_) => 0.0,
        })
        .sum();
    let rest = (total - fixed).max(0.0);
    columns
        .iter()
        .map(|c| match c.width {
            ColumnWidth::Mm(v) => mm(v),
            ColumnWidth::Fraction(f) if shares > 0.0 => rest * f.max(0.0) / shares,
            ColumnWidth::Fraction(_) => 0.0,
        })
        .collect()
}

/// A row laid out: each cell's lines, and the row height.
struct RowLayout {
    cells: Vec<Vec<LaidLine>>,
    height: f32,
}

fn layout_row(
    table: &Table,
    metrics: &FontMetrics,
    widths: &[f32],
    cells: &[String],
    min_height: f32,
) -> RowLayout {
    let pad = table.padding_pt;
    let lh = table.size_pt * 1.25;
    let laid: Vec<Vec<LaidLine>> = table
        .columns
        .iter()
        .zip(widths)
        .enumerate()
        .map(|(i, (col, w))| {
            let text = cells.get(i).map_or("", String::as_str);
            // A line break in a cell starts a new line; each part wraps on its own.
            text.split('\n')
                .flat_map(|part| {
                    layout_lines(metrics, part, table.size_pt, w - 2.0 * pad, col.align)
                })
                .collect()
        })
        .collect();
    let lines = laid.iter().map(Vec::len).max().unwrap_or(0).max(1);
    RowLayout {
        cells: laid,
        height: (lines as f32 * lh + 2.0 * pad).max(min_height),
    }
}

fn draw_row(
    page: &mut Page,
    table: &Table,
    metrics: &FontMetrics,
    (left, top): (f32, f32),
    widths: &[f32],
    row: &RowLayout,
) {
    let pad = table.padding_pt;
    let right = left + widths.iter().sum::<f32>();
    let bottom = top - row.height;
    page.line((left, bottom), (right, bottom), GRID);
    let mut x = left;
    page.line((x, top), (x, bottom), GRID);
    for (cell, w) in row.cells.iter().zip(widths) {
        draw_lines(
            page,
            metrics,
            table.size_pt,
            1.25,
            (x + pad, top - pad),
            cell,
        );
        x += w;
        page.line((x, top), (x, bottom), GRID);
    }
}

fn layout_table(cursor: &mut Cursor, table: &Table, left: f32, width: f32) -> Result<(), PdfError> {
    let body = FontMetrics::for_face(table.face)?;
    let head = FontMetrics::for_face(table.header_face)?;
    let widths = column_widths(&table.columns, width);
    let headers: Vec<String> = table.columns.iter().map(|c| c.header.clone()).collect();
    let header = layout_row(table, head, &widths, &headers, 0.0);
    let right = left + widths.iter().sum::<f32>();

    let draw_header = |cursor: &mut Cursor| {
        let y = cursor.y;
        let page = cursor.page();
        page.line((left, y), (right, y), GRID);
        draw_row(page, table, head, (left, y), &widths, &header);
        cursor.y -= header.height;
    };

    let mut rows: Vec<RowLayout> = table
        .rows
        .iter()
        .map(|r| layout_row(table, body, &widths, r, table.min_row_height_pt))
        .collect();
    rows.extend((0..table.blank_rows).map(|_| RowLayout {
        cells: Vec::new(),
        height: table.blank_row_height_pt,
    }));

    let first = rows.first().map_or(0.0, |r| r.height);
    cursor.reserve(header.height + first, "a table row")?;
    draw_header(cursor);
    for row in &rows {
        if !cursor.fits(row.height) {
            cursor.reserve(header.height + row.height, "a table row")?;
            if cursor.y < cursor.top {
                cursor.new_page();
            }
            draw_header(cursor);
        }
        let y = cursor.y;
        let cells = if row.cells.is_empty() {
            // Blank row: grid only.
            RowLayout {
                cells: vec![Vec::new(); widths.len()],
                height: row.height,
            }
        } else {
            RowLayout {
                cells: row.cells.clone(),
                height: row.height,
            }
        };
        draw_row(cursor.page(), table, body, (left, y), &widths, &cells);
        cursor.y -= row.height;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_and_fractional_widths_fill_the_table() {
        let col = |width| Column {
            header: String::new(),
            width,
            align: TextAlign::Left,
        };
        let widths = column_widths(
            &[
                col(ColumnWidth::Mm(10.0)),
                col(ColumnWidth::Fraction(2.0)),
                col(ColumnWidth::Fraction(1.0)),
            ],
            400.0,
        );
        assert!((widths[0] - mm(10.0)).abs() < 1e-3);
        assert!((widths[1] - 2.0 * widths[2]).abs() < 1e-3);
        assert!((widths.iter().sum::<f32>() - 400.0).abs() < 1e-3);
    }

    #[test]
    fn footer_is_bilingual() {
        assert_eq!(footer_text(1, 3), "Бет 1 / 3 · Страница 1 из 3");
        assert_eq!(footer_text_in(FooterLanguage::Kazakh, 2, 3), "Бет 2 / 3");
        assert_eq!(
            footer_text_in(FooterLanguage::Russian, 2, 3),
            "Страница 2 из 3"
        );
    }

    #[test]
    fn an_oversized_row_is_an_error_not_an_overflow() {
        let table = Table::new(
            vec![Column {
                header: "Аты".to_owned(),
                width: ColumnWidth::Mm(20.0),
                align: TextAlign::Left,
            }],
            vec![vec!["кеңсе ".repeat(400)]],
        );
        let doc = FlowDocument {
            title: "t".to_owned(),
            setup: PageSetup::a4_portrait(20.0),
            blocks: vec![Block::Table(table)],
        };
        assert!(matches!(doc.layout(), Err(PdfError::DoesNotFit { .. })));
    }
}
