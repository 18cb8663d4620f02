//! A press release as a DOCX: the headline in bold, the text's paragraphs,
//! then the chosen photos, each with its caption and «Фото: …» credit.
//! Built from plain text, so what the author edited is what is saved.

use crate::photos;
use crate::{Error, Result};
use docx_rs::{AlignmentType, Docx, Paragraph, Pic, Run, RunFonts};
use rusqlite::Connection;

/// The font of the text (Windows has it; it covers Kazakh letters).
const FONT: &str = "Times New Roman";
/// Body size in half-points (14 pt).
const BODY_SIZE: usize = 28;
/// Headline size in half-points (16 pt).
const HEADLINE_SIZE: usize = 32;
/// The widest a photo is placed, in EMU (16 cm).
const PHOTO_WIDTH_EMU: u32 = 16 * 360_000;
/// Longer side of the embedded photo, in pixels (enough for print at 16 cm).
const PHOTO_SIDE_PX: u32 = 1600;

fn run(text: &str) -> Run {
    Run::new()
        .add_text(text)
        .size(BODY_SIZE)
        .fonts(RunFonts::new().ascii(FONT).hi_ansi(FONT).cs(FONT))
}

/// The DOCX of `text` (first paragraph the headline; paragraphs separated
/// by blank lines; a line break starts a new paragraph) with the photos
/// `photo_ids` after it, each with its caption and «Фото: credit» (the
/// same word in both languages).
pub fn render_docx(conn: &Connection, text: &str, photo_ids: &[i64]) -> Result<Vec<u8>> {
    let mut doc = Docx::new();
    let normalised = text.replace("\r\n", "\n");
    let mut blocks = normalised
        .split("\n\n")
        .map(str::trim)
        .filter(|b| !b.is_empty());
    if let Some(headline) = blocks.next() {
        doc = doc.add_paragraph(
            Paragraph::new()
                .align(AlignmentType::Center)
                .add_run(run(&headline.replace('\n', " ")).bold().size(HEADLINE_SIZE)),
        );
    }
    for block in blocks {
        for line in block.lines().map(str::trim).filter(|l| !l.is_empty()) {
            doc = doc.add_paragraph(
                Paragraph::new()
                    .align(AlignmentType::Both)
                    .add_run(run(line)),
            );
        }
    }
    for &id in photo_ids {
        let (bytes, _) = photos::get_photo_bytes(conn, id)?;
        let (png, w, h) = photos::photo_as_png(&bytes, PHOTO_SIDE_PX)?;
        let width = PHOTO_WIDTH_EMU;
        let height = (u64::from(width) * u64::from(h) / u64::from(w.max(1))) as u32;
        let pic = Pic::new_with_dimensions(png, w, h).size(width, height);
        doc = doc.add_paragraph(
            Paragraph::new()
                .align(AlignmentType::Center)
                .add_run(Run::new().add_image(pic)),
        );
        let photo = photos::get_photo(conn, id)?;
        let mut caption = photo.caption.trim().to_owned();
        if !photo.credit.trim().is_empty() {
            if !caption.is_empty() {
                caption.push(' ');
            }
            caption.push_str(&format!("Фото: {}", photo.credit.trim()));
        }
        if !caption.is_empty() {
            doc = doc.add_paragraph(
                Paragraph::new()
                    .align(AlignmentType::Center)
                    .add_run(run(&caption).italic()),
            );
        }
    }
    let mut out = std::io::Cursor::new(Vec::new());
    doc.build()
        .pack(&mut out)
        .map_err(|e| Error::Render(format!("writing the DOCX: {e}")))?;
    Ok(out.into_inner())
}
