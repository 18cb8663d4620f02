//! Kense documents rendered to PDF bytes.
//!
//! Pure functions from document models to PDF bytes: no database, no file I/O. The
//! ParaType PT Serif and PT Sans faces are compiled into the binary (see `build.rs`)
//! and embedded into each PDF as subsets containing only the glyphs in use, with a
//! `ToUnicode` map so Kazakh and Russian text can be searched and copied.
//!
//! The modules are private; what callers use is re-exported here, at the
//! crate root (`kense_pdf::Face`, `kense_pdf::award_page` …):
//!
//! - `fonts`: the embedded faces and glyph coverage.
//! - `measure`: advance widths and vertical metrics.
//! - `wrap`: word wrapping and shrink-to-fit.
//! - `hyphen`: where words break (Russian TeX patterns, Kazakh syllables).
//! - `subset`: reducing a face to the glyphs in use.
//! - `fontset`: fonts subset and compressed once per batch.
//! - `image`: PNG/JPEG images fitted into boxes.
//! - `paragraph`: aligned and justified lines, shrink-to-fit boxes.
//! - `flow`: paragraphs and tables flowing across numbered pages.
//! - `document`: positioned text and strokes on pages, rendered to PDF.
//! - `qr`: QR codes as sharp one-pixel-per-module images.
//! - `award`: gratitude letters, diplomas and certificates.
//! - `sheet`: participant lists and sign-in sheets.
//! - `chart`: vector charts (stacked columns, horizontal bars).
//! - `test_page`: the font and layout test page.

mod award;
mod chart;
mod content;
mod document;
mod error;
mod flow;
mod fonts;
mod fontset;
mod hyphen;
mod image;
mod licence;
mod measure;
mod paragraph;
mod qr;
mod sheet;
mod subset;
mod test_page;
mod wrap;

pub use award::{Award, AwardShape, AwardText, Verification, award_page};
pub use chart::{Chart, ChartKind, PALETTE, Series, number_label};
pub use document::{
    A4_HEIGHT_PT, A4_WIDTH_PT, Align, Document, Page, Rgb, Stroke, mm, render_many, render_pdf,
    render_with_fonts,
};
pub use error::PdfError;
pub use flow::{
    Block, Column, ColumnWidth, FlowDocument, FooterLanguage, PageSetup, Paragraph, Table,
    footer_text, footer_text_in,
};
pub use fonts::{Face, missing_glyphs};
pub use fontset::FontSet;
pub use hyphen::{BreakPoint, break_points};
pub use image::Image;
pub use licence::declared_licence;
pub use measure::{FontMetrics, text_width};
pub use paragraph::{LaidLine, TextAlign, draw_lines, fit_box, layout_lines};
pub use qr::{draw_qr, qr_pixels, qr_size};
pub use sheet::{Sheet, SheetHeadings, SheetRow, sheet_document};
pub use test_page::{TestPage, render_test_page};
pub use wrap::{FittedText, fit_text, wrap_hyphenated, wrap_text};
