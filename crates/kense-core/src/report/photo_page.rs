//! The report PDF's photo page: the photos chosen for the report of the
//! period's held events (at most two each), two to a row-height, each with
//! its event, date, caption and «Фото: …» credit.

use super::pdf::para;
use super::records::ReportPhoto;
use super::{Report, short_date};
use crate::i18n::Translator;
use crate::{Lang, Result, photos};
use kense_pdf::Face;
use kense_pdf::{Block, Image, TextAlign};
use rusqlite::Connection;

/// Tallest a photo is drawn, in points (two fit on a page with captions).
const PHOTO_HEIGHT_PT: f32 = 290.0;
/// Longer side of the copy decoded for the PDF, in pixels (print at 150 dpi).
const PHOTO_SIDE_PX: u32 = 1200;

/// The photos of the page, decoded.
#[derive(Debug, Clone, Default)]
pub struct PhotoPage {
    /// Each photo of [`super::records::EventRecords::photo_page`] with its image.
    pub photos: Vec<(ReportPhoto, Image)>,
}

impl PhotoPage {
    /// Reads and decodes the photos the report lists for its photo page
    /// (scaled down to what print needs).
    pub fn load(conn: &Connection, report: &Report) -> Result<Self> {
        let mut photos = Vec::with_capacity(report.records.photo_page.len());
        for photo in &report.records.photo_page {
            let (bytes, _) = photos::get_photo_bytes(conn, photo.photo_id)?;
            let (png, _, _) = photos::photo_as_png(&bytes, PHOTO_SIDE_PX)?;
            photos.push((photo.clone(), Image::decode(&png)?));
        }
        Ok(Self { photos })
    }
}

/// The photo page in `lang`, from a new page; nothing without photos.
pub fn blocks(page: &PhotoPage, lang: Lang) -> Vec<Block> {
    if page.photos.is_empty() {
        return Vec::new();
    }
    let t = Translator::new(lang);
    let mut b = vec![
        Block::PageBreak,
        para(
            Face::SansBold,
            13.0,
            TextAlign::Left,
            &t.tr("report-section-photos", &[]),
        ),
        Block::Space(6.0),
    ];
    for (photo, image) in &page.photos {
        b.push(Block::Image(image.clone(), PHOTO_HEIGHT_PT));
        let title = match lang {
            Lang::Kk => &photo.event_title_kk,
            Lang::Ru => &photo.event_title_ru,
        };
        let mut line = format!("{} · {title}", short_date(&photo.starts_at));
        if !photo.caption.trim().is_empty() {
            line.push_str(&format!(". {}", photo.caption.trim()));
        }
        if !photo.credit.trim().is_empty() {
            line.push_str(&format!(" Фото: {}", photo.credit.trim()));
        }
        b.push(para(Face::SansRegular, 9.5, TextAlign::Center, &line));
        b.push(Block::Space(10.0));
    }
    b
}
