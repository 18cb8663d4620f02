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

/// A table of at most this many rows is not split across pages (when it fits
/// on one).
pub const KEEP_WHOLE_ROWS: usize = 6;

/// The fewest rows of a split table on either side of a page break.
pub const MIN_ROWS_AT_BREAK: usize = 2;

/// The fewest lines of a paragraph kept with the heading before it.
const MIN_LINES_AFTER_HEADING: usize = 2;

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
    /// Whether the paragraph stays on one page with the start of the next
    /// block (a heading with its table): never alone at a page's foot.
    pub keep_with_next: bool,
    /// Whether the paragraph (and what it is kept with) stays on one page
    /// with the last rows of a table before it: a signature block under a
    /// list, never alone on a page of its own.
    pub keep_with_previous: bool,
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
            keep_with_next: false,
            keep_with_previous: false,
        }
    }

    /// The same paragraph kept on one page with the last rows of a table
    /// before it (see [`Paragraph::keep_with_previous`]).
    pub fn kept_with_previous(self) -> Self {
        Self {
            keep_with_previous: true,
            ..self
        }
    }

    /// The same paragraph kept on one page with the start of the next block
    /// (its first lines or table rows, or the whole of a short table): for
    /// headings.
    pub fn kept_with_next(self) -> Self {
        Self {
            keep_with_next: true,
            ..self
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

/// A table whose rows flow across pages; rows never split. A table of at
/// most [`KEEP_WHOLE_ROWS`] rows that fits on a page is never split (it
/// moves to the next page whole); a longer one leaves at least
/// [`MIN_ROWS_AT_BREAK`] rows on either side of a page break and repeats its
/// header row on every page. Columns are widened (from the fractional ones)
/// until their longest word and every number fit, so cell text wraps at
/// spaces, a word too long even then breaks at a hyphenation point with a
/// hyphen, and numbers never break.
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
        let page_height = cursor.top - cursor.bottom;
        for (i, block) in self.blocks.iter().enumerate() {
            match block {
                Block::Space(pt) => cursor.y -= pt,
                Block::Paragraph(p) => {
                    let m = FontMetrics::for_face(p.face)?;
                    let lh = p.size_pt * p.line_height;
                    let lines = layout_lines(m, &p.text, p.size_pt, width, p.align);
                    if p.keep_with_next {
                        // The heading, the space after it and the start of
                        // what it heads, on one page.
                        let need = kept_height(&self.blocks, i, width, page_height)?;
                        if !cursor.pages.is_empty()
                            && !cursor.fits(need)
                            && need <= page_height + 1e-3
                            && cursor.y < cursor.top
                        {
                            cursor.new_page();
                        }
                    }
                    for line in lines {
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
                Block::Table(table) => {
                    let laid = TableLayout::new(table, width)?;
                    // What must follow the last rows on their page.
                    let mut tail = 0.0;
                    for (j, next) in self.blocks.iter().enumerate().skip(i + 1) {
                        match next {
                            Block::Space(pt) => tail += pt,
                            Block::Paragraph(p) if p.keep_with_previous => {
                                tail += kept_height(&self.blocks, j, width, page_height)?;
                                break;
                            }
                            _ => {
                                tail = 0.0;
                                break;
                            }
                        }
                    }
                    if tail > page_height / 2.0 {
                        tail = 0.0;
                    }
                    laid.draw(&mut cursor, table, left, tail)?;
                }
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

/// The height the paragraph `blocks[i]` (kept with the next block) needs on
/// its page: all its lines, the spaces after it and the start of the next
/// block (all of it and what follows, if it is kept with the next too).
fn kept_height(blocks: &[Block], i: usize, width: f32, page_height: f32) -> Result<f32, PdfError> {
    let mut need = match blocks.get(i) {
        Some(Block::Paragraph(p)) => {
            let m = FontMetrics::for_face(p.face)?;
            let lines = layout_lines(m, &p.text, p.size_pt, width, p.align).len();
            lines as f32 * p.size_pt * p.line_height
        }
        Some(other) => return start_height(other, width, page_height),
        None => return Ok(0.0),
    };
    for (j, next) in blocks.iter().enumerate().skip(i + 1) {
        match next {
            Block::Space(pt) => need += pt,
            Block::Paragraph(p) if p.keep_with_next => {
                return Ok(need + kept_height(blocks, j, width, page_height)?);
            }
            other => return Ok(need + start_height(other, width, page_height)?),
        }
    }
    Ok(need)
}

/// The height the start of `block` needs on the page of a heading kept with
/// it: its first lines, the header and first rows of a table (a short table
/// whole), or the whole of a chart or image.
fn start_height(block: &Block, width: f32, page_height: f32) -> Result<f32, PdfError> {
    Ok(match block {
        Block::Paragraph(p) => {
            let m = FontMetrics::for_face(p.face)?;
            let lines = layout_lines(m, &p.text, p.size_pt, width, p.align).len();
            lines.min(MIN_LINES_AFTER_HEADING) as f32 * p.size_pt * p.line_height
        }
        Block::Table(table) => TableLayout::new(table, width)?.start_height(page_height),
        Block::Image(image, max_height) => image.fit_in_box((0.0, 0.0), (width, *max_height))[3],
        Block::Chart(chart) => chart.height_pt,
        Block::Space(pt) => *pt,
        Block::PageBreak => 0.0,
    })
}

/// A row laid out: each cell's lines, and the row height.
struct RowLayout {
    cells: Vec<Vec<LaidLine>>,
    height: f32,
}

/// Whether a cell holds a number (digits, signs, spaces, `%`, `,`, `.`):
/// such a cell never wraps.
fn is_numeric(text: &str) -> bool {
    text.chars().any(|c| c.is_ascii_digit())
        && text.chars().all(|c| {
            c.is_ascii_digit()
                || c.is_whitespace()
                || matches!(
                    c,
                    '+' | '-' | '−' | '–' | '%' | ',' | '.' | '—' | '\u{2009}' | '\u{a0}'
                )
        })
}

/// The narrowest a cell's text can be set without breaking a word: its
/// widest word, or for a number its whole width.
fn unbreakable_width(metrics: &FontMetrics, text: &str, size_pt: f32) -> f32 {
    text.split('\n')
        .map(|part| {
            if is_numeric(part) {
                metrics.text_width(part.trim(), size_pt)
            } else {
                part.split_whitespace()
                    .map(|w| metrics.text_width(w, size_pt))
                    .fold(0.0, f32::max)
            }
        })
        .fold(0.0, f32::max)
}

/// Column widths in points for `table` across `total`: [`column_widths`],
/// then every column too narrow for its longest word or a number widened,
/// taking the room from the columns with room to spare (never below their
/// own longest word).
fn fitted_widths(table: &Table, total: f32) -> Result<Vec<f32>, PdfError> {
    let body = FontMetrics::for_face(table.face)?;
    let head = FontMetrics::for_face(table.header_face)?;
    let mut widths = column_widths(&table.columns, total);
    let pad = 2.0 * table.padding_pt;
    let need: Vec<f32> = table
        .columns
        .iter()
        .enumerate()
        .map(|(i, col)| {
            let cells = table
                .rows
                .iter()
                .filter_map(|r| r.get(i))
                .map(|t| unbreakable_width(body, t, table.size_pt))
                .fold(0.0, f32::max);
            cells.max(unbreakable_width(head, &col.header, table.size_pt)) + pad + 0.5
        })
        .collect();
    let deficit: f32 = widths
        .iter()
        .zip(&need)
        .map(|(w, n)| (n - w).max(0.0))
        .sum();
    if deficit <= 1e-3 {
        return Ok(widths);
    }
    let spare: Vec<f32> = widths
        .iter()
        .zip(&need)
        .map(|(w, n)| (w - n).max(0.0))
        .collect();
    let total_spare: f32 = spare.iter().sum();
    if total_spare <= 1e-3 {
        return Ok(widths);
    }
    // Give what the spare room allows, shared by need.
    let share = (total_spare / deficit).min(1.0);
    let taken = deficit * share;
    for (i, w) in widths.iter_mut().enumerate() {
        if need[i] > *w {
            *w += (need[i] - *w) * share;
        } else {
            *w -= spare[i] / total_spare * taken;
        }
    }
    Ok(widths)
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
            // A line break in a cell starts a new line; each part wraps on its
            // own; a number is one line.
            text.split('\n')
                .flat_map(|part| {
                    let mut room = w - 2.0 * pad;
                    if is_numeric(part) {
                        room = room.max(metrics.text_width(part.trim(), table.size_pt));
                    }
                    layout_lines(metrics, part, table.size_pt, room, col.align)
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
    for (i, w) in widths.iter().enumerate() {
        if let Some(cell) = row.cells.get(i) {
            draw_lines(
                page,
                metrics,
                table.size_pt,
                1.25,
                (x + pad, top - pad),
                cell,
            );
        }
        x += w;
        page.line((x, top), (x, bottom), GRID);
    }
}

/// A table laid out: column widths, the header row and the rows (blank rows
/// have no cells).
struct TableLayout {
    widths: Vec<f32>,
    header: RowLayout,
    rows: Vec<RowLayout>,
}

impl TableLayout {
    fn new(table: &Table, width: f32) -> Result<Self, PdfError> {
        let body = FontMetrics::for_face(table.face)?;
        let head = FontMetrics::for_face(table.header_face)?;
        let widths = fitted_widths(table, width)?;
        let headers: Vec<String> = table.columns.iter().map(|c| c.header.clone()).collect();
        let header = layout_row(table, head, &widths, &headers, 0.0);
        let mut rows: Vec<RowLayout> = table
            .rows
            .iter()
            .map(|r| layout_row(table, body, &widths, r, table.min_row_height_pt))
            .collect();
        rows.extend((0..table.blank_rows).map(|_| RowLayout {
            cells: Vec::new(),
            height: table.blank_row_height_pt,
        }));
        Ok(Self {
            widths,
            header,
            rows,
        })
    }

    fn total_height(&self) -> f32 {
        self.header.height + self.rows.iter().map(|r| r.height).sum::<f32>()
    }

    /// Whether the table is short enough never to split on a page of
    /// `page_height`.
    fn kept_whole(&self, page_height: f32) -> bool {
        self.rows.len() <= KEEP_WHOLE_ROWS && self.total_height() <= page_height + 1e-3
    }

    /// The height the table's first page needs at least: all of a short
    /// table, else the header and the first rows.
    fn start_height(&self, page_height: f32) -> f32 {
        if self.kept_whole(page_height) {
            return self.total_height();
        }
        self.header.height
            + self
                .rows
                .iter()
                .take(MIN_ROWS_AT_BREAK)
                .map(|r| r.height)
                .sum::<f32>()
    }

    /// Draws the table from the cursor on; `tail` is the height of what
    /// must follow its last rows on the same page.
    fn draw(
        &self,
        cursor: &mut Cursor,
        table: &Table,
        left: f32,
        tail: f32,
    ) -> Result<(), PdfError> {
        let body = FontMetrics::for_face(table.face)?;
        let head = FontMetrics::for_face(table.header_face)?;
        let right = left + self.widths.iter().sum::<f32>();
        let page_height = cursor.top - cursor.bottom;
        let draw_header = |cursor: &mut Cursor| {
            let y = cursor.y;
            let page = cursor.page();
            page.line((left, y), (right, y), GRID);
            draw_row(page, table, head, (left, y), &self.widths, &self.header);
            cursor.y -= self.header.height;
        };
        let first = self.rows.first().map_or(0.0, |r| r.height);
        cursor.reserve(self.header.height + first, "a table row")?;
        if !cursor.fits(self.start_height(page_height)) && cursor.y < cursor.top {
            cursor.new_page();
        }
        draw_header(cursor);
        let n = self.rows.len();
        let mut on_page = 0;
        for (i, row) in self.rows.iter().enumerate() {
            // The last rows go over together: no row alone under a repeated header.
            let need = if n - i <= MIN_ROWS_AT_BREAK {
                self.rows[i..].iter().map(|r| r.height).sum::<f32>() + tail
            } else {
                row.height
            };
            if !cursor.fits(row.height) || (on_page >= MIN_ROWS_AT_BREAK && !cursor.fits(need)) {
                cursor.reserve(self.header.height + row.height, "a table row")?;
                if cursor.y < cursor.top {
                    cursor.new_page();
                }
                draw_header(cursor);
                on_page = 0;
            }
            let y = cursor.y;
            draw_row(cursor.page(), table, body, (left, y), &self.widths, row);
            cursor.y -= row.height;
            on_page += 1;
        }
        Ok(())
    }
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

    fn col(header: &str, width: ColumnWidth, align: TextAlign) -> Column {
        Column {
            header: header.to_owned(),
            width,
            align,
        }
    }

    fn rows(n: usize) -> Vec<Vec<String>> {
        (1..=n)
            .map(|i| vec![format!("Жол {i}"), format!("{}", i * 1000)])
            .collect()
    }

    fn two_columns(n: usize) -> Table {
        Table::new(
            vec![
                col("Атауы", ColumnWidth::Fraction(1.0), TextAlign::Left),
                col("Саны", ColumnWidth::Mm(25.0), TextAlign::Right),
            ],
            rows(n),
        )
    }

    /// `blocks` laid out after a first line of 13 pt (so that the page has
    /// begun and a first `Space` counts).
    fn doc(blocks: Vec<Block>) -> Document {
        let mut all = vec![Block::Paragraph(Paragraph::new(
            Face::SansRegular,
            10.0,
            TextAlign::Left,
            "Кіріспе",
        ))];
        all.extend(blocks);
        FlowDocument {
            title: "t".to_owned(),
            setup: PageSetup::a4_portrait(18.0),
            blocks: all,
        }
        .layout()
        .unwrap()
    }

    /// The pages (from 0) on which a run equal to `text` is drawn.
    fn pages_of(doc: &Document, text: &str) -> Vec<usize> {
        doc.pages
            .iter()
            .enumerate()
            .filter(|(_, p)| p.text_runs().any(|(_, _, _, t)| t == text))
            .map(|(i, _)| i)
            .collect()
    }

    fn heading(text: &str) -> Block {
        Block::Paragraph(
            Paragraph::new(Face::SansBold, 12.0, TextAlign::Left, text).kept_with_next(),
        )
    }

    /// The height of a page's content on A4 with 18 mm margins, less the first line.
    const CONTENT: f32 = A4_HEIGHT_PT - 2.0 * 51.023_62 - 13.0;

    #[test]
    fn a_heading_at_the_page_foot_goes_over_with_its_table() {
        // Room for the heading line, not for the table under it.
        let blocks = vec![
            Block::Space(CONTENT - 30.0),
            heading("4. Берілген құжаттар"),
            Block::Space(3.0),
            Block::Table(two_columns(3)),
        ];
        let laid = doc(blocks.clone());
        assert_eq!(pages_of(&laid, "4. Берілген құжаттар"), vec![1]);
        assert_eq!(pages_of(&laid, "Жол 1"), vec![1]);
        // Without the keep, the heading would have stayed on the first page.
        let mut loose = blocks;
        loose[1] = Block::Paragraph(Paragraph::new(
            Face::SansBold,
            12.0,
            TextAlign::Left,
            "4. Берілген құжаттар",
        ));
        assert_eq!(pages_of(&doc(loose), "4. Берілген құжаттар"), vec![0]);
    }

    #[test]
    fn a_heading_keeps_the_first_lines_of_a_paragraph() {
        let text = "Қазақстан Республикасы Бас прокуратурасының жобалық кеңсесі ".repeat(6);
        let laid = doc(vec![
            Block::Space(CONTENT - 30.0),
            heading("Қорытынды"),
            Block::Paragraph(Paragraph::new(
                Face::SansRegular,
                10.0,
                TextAlign::Left,
                &text,
            )),
        ]);
        assert_eq!(pages_of(&laid, "Қорытынды"), vec![1]);
    }

    #[test]
    fn a_signature_kept_with_the_table_takes_its_last_rows_along() {
        let signature = |kept: bool| {
            let p = Paragraph::new(Face::SansRegular, 10.5, TextAlign::Left, "Қолы ______");
            Block::Paragraph(if kept { p.kept_with_previous() } else { p })
        };
        // A 40-row table that ends just above the page's foot.
        let table = two_columns(40);
        let rows_height = TableLayout::new(&table, A4_WIDTH_PT - 2.0 * 51.023_62)
            .unwrap()
            .total_height();
        let fill = CONTENT - rows_height - 5.0;
        let laid = doc(vec![
            Block::Space(fill),
            Block::Table(table.clone()),
            Block::Space(28.0),
            signature(true),
        ]);
        assert_eq!(pages_of(&laid, "Қолы ______"), vec![1]);
        assert_eq!(pages_of(&laid, "Жол 39"), vec![1]);
        assert_eq!(pages_of(&laid, "Жол 40"), vec![1]);
        let loose = doc(vec![
            Block::Space(fill),
            Block::Table(table),
            Block::Space(28.0),
            signature(false),
        ]);
        assert_eq!(pages_of(&loose, "Жол 40"), vec![0]);
    }

    #[test]
    fn a_short_table_is_never_split() {
        // Room for the header and two rows only.
        let laid = doc(vec![
            Block::Space(CONTENT - 60.0),
            Block::Table(two_columns(3)),
        ]);
        for row in ["Жол 1", "Жол 2", "Жол 3", "Атауы"] {
            assert_eq!(pages_of(&laid, row), vec![1], "{row}");
        }
    }

    #[test]
    fn a_long_table_splits_with_its_header_and_no_lone_rows() {
        let n = 80;
        let laid = doc(vec![Block::Space(200.0), Block::Table(two_columns(n))]);
        assert!(laid.pages.len() >= 2);
        // The header on every page the table reaches.
        assert_eq!(
            pages_of(&laid, "Атауы"),
            (0..laid.pages.len()).collect::<Vec<_>>()
        );
        for page in 0..laid.pages.len() {
            let rows = (1..=n)
                .filter(|i| pages_of(&laid, &format!("Жол {i}")) == vec![page])
                .count();
            assert!(rows >= MIN_ROWS_AT_BREAK, "page {page}: {rows} rows");
        }
        // A break near the end leaves the last two rows together.
        let laid = doc(vec![Block::Space(170.0), Block::Table(two_columns(n))]);
        for page in 0..laid.pages.len() {
            let rows = (1..=n)
                .filter(|i| pages_of(&laid, &format!("Жол {i}")) == vec![page])
                .count();
            assert!(rows >= MIN_ROWS_AT_BREAK, "page {page}: {rows} rows");
        }
    }

    #[test]
    fn cell_words_never_break_without_a_hyphen_and_numbers_never_break() {
        let words = [
            "Болдырылмады",
            "Өткізілді",
            "Профилактикалық",
            "Отменено",
            "https://news.example.kz/2026/11/34",
        ];
        let table = Table::new(
            vec![
                col("Іс-шара", ColumnWidth::Fraction(1.0), TextAlign::Left),
                col("Мәртебесі", ColumnWidth::Mm(14.0), TextAlign::Left),
                col("Сілтеме", ColumnWidth::Mm(30.0), TextAlign::Left),
                col("Қамту", ColumnWidth::Mm(8.0), TextAlign::Right),
            ],
            words
                .iter()
                .map(|w| {
                    vec![
                        format!("Профилактикалық {w} акциясы"),
                        (*w).to_owned(),
                        "https://news.example.kz/2026/11/34".to_owned(),
                        "12 345 + 1 000".to_owned(),
                    ]
                })
                .collect(),
        );
        let laid = doc(vec![Block::Table(table)]);
        let runs: Vec<String> = laid.pages[0]
            .text_runs()
            .map(|(_, _, _, t)| t.to_owned())
            .collect();
        let url = "https://news.example.kz/2026/11/34";
        let mut whole: Vec<&str> =
            "Кіріспе Іс-шара Мәртебесі Сілтеме Қамту Профилактикалық акциясы \
            12 345 + 1 000 Бет 1 / · Страница из"
                .split(' ')
                .collect();
        whole.extend(words);
        for run in &runs {
            for piece in run.split(' ') {
                // A whole word, a head with its hyphen, or the address cut
                // after a separator.
                let ok = whole.contains(&piece)
                    || piece.ends_with('-')
                    || (url.contains(piece)
                        && (url.ends_with(piece) || piece.ends_with(['/', '.'])));
                assert!(ok, "{piece:?} in {runs:?}");
            }
        }
        // The numbers stay on one line; the status words fit whole (the
        // column is widened), the address breaks after a separator.
        assert!(runs.iter().filter(|r| *r == "12 345 + 1 000").count() == words.len());
        assert!(runs.iter().any(|r| r == "Болдырылмады"), "{runs:?}");
        assert!(runs.iter().any(|r| r == "Мәртебесі"), "{runs:?}");
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
