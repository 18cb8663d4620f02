//! Photos of events (tables `event_photo` and `event_photo_blob`): JPEG or
//! PNG files kept inside the database, so every backup holds them, with a
//! small JPEG thumbnail made when a photo is added, a caption, a credit
//! («Фото: …»), and a mark «chosen for the report» (the monthly report's
//! photo page and the press release show the chosen ones).

use crate::changelog::{self, Action};
use crate::error::SqlContext;
use crate::soft_delete::{EventRecord, Table};
use crate::text::clean;
use crate::time::now_utc;
use crate::{Error, FieldName, Invalid, Result};
use image::{DynamicImage, ImageFormat, ImageReader, Limits};
use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::io::Cursor;
use ts_rs::TS;

/// Deleted and restored with a line in the event's history.
const RECORD: EventRecord = EventRecord {
    table: Table::EventPhoto,
    column: "caption",
    label: "Фото",
};

/// The largest photo file accepted: 20 MiB.
pub const MAX_PHOTO_BYTES: usize = 20 * 1024 * 1024;
/// The widest or tallest photo accepted, in pixels.
pub const MAX_PHOTO_SIDE: u32 = 8000;
/// The longer side of a thumbnail, in pixels.
pub const THUMBNAIL_SIDE: u32 = 320;

/// A photo of an event (without its bytes).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Photo {
    /// Row id.
    pub id: i64,
    /// The event.
    pub event_id: i64,
    /// `image/jpeg` or `image/png`.
    pub mime: String,
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// File size in bytes.
    #[ts(type = "number")]
    pub byte_size: i64,
    /// Caption.
    pub caption: String,
    /// Who took it (printed as «Фото: …»).
    pub credit: String,
    /// Chosen for the report and the press release.
    pub chosen: bool,
}

/// A photo's caption, credit and mark.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PhotoInput {
    /// Caption.
    #[serde(default)]
    pub caption: String,
    /// Who took it.
    #[serde(default)]
    pub credit: String,
    /// Chosen for the report.
    #[serde(default)]
    pub chosen: bool,
}

/// A photo checked and measured, not yet stored.
struct Checked {
    mime: &'static str,
    width: u32,
    height: u32,
    thumbnail: Vec<u8>,
}

/// Checks `bytes` is a JPEG or PNG within the limits, reading its size from
/// the header before decoding anything, then makes the thumbnail.
fn check_photo(bytes: &[u8]) -> Result<Checked> {
    let (mime, format) = if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        ("image/png", ImageFormat::Png)
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        ("image/jpeg", ImageFormat::Jpeg)
    } else {
        return Err(Error::validation(
            FieldName::Photo,
            Invalid::NotAnImage,
            "must be a JPEG or PNG image",
        ));
    };
    if bytes.len() > MAX_PHOTO_BYTES {
        return Err(Error::over_limit(
            FieldName::Photo,
            Invalid::TooLarge,
            MAX_PHOTO_BYTES as u64,
            format!(
                "is {} bytes; at most {MAX_PHOTO_BYTES} are allowed",
                bytes.len()
            ),
        ));
    }
    let unreadable = |e: image::ImageError| {
        Error::validation(
            FieldName::Photo,
            Invalid::NotAnImage,
            format!("cannot be read as an image: {e}"),
        )
    };
    let (width, height) = ImageReader::with_format(Cursor::new(bytes), format)
        .into_dimensions()
        .map_err(unreadable)?;
    if width > MAX_PHOTO_SIDE || height > MAX_PHOTO_SIDE {
        return Err(Error::over_limit(
            FieldName::Photo,
            Invalid::TooManyPixels,
            u64::from(MAX_PHOTO_SIDE),
            format!("is {width}×{height} pixels; at most {MAX_PHOTO_SIDE} on a side"),
        ));
    }
    let image = decode(bytes, format).map_err(unreadable)?;
    let thumbnail = encode_jpeg(&image.thumbnail(THUMBNAIL_SIDE, THUMBNAIL_SIDE), 80)?;
    Ok(Checked {
        mime,
        width,
        height,
        thumbnail,
    })
}

fn decode(bytes: &[u8], format: ImageFormat) -> image::ImageResult<DynamicImage> {
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_PHOTO_SIDE);
    limits.max_image_height = Some(MAX_PHOTO_SIDE);
    reader.limits(limits);
    reader.decode()
}

fn encode_jpeg(image: &DynamicImage, quality: u8) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, quality)
        .encode_image(&DynamicImage::ImageRgb8(image.to_rgb8()))
        .map_err(|e| Error::Render(format!("encoding a thumbnail: {e}")))?;
    Ok(out)
}

/// A stored photo scaled to fit `side` pixels on its longer side (never
/// enlarged) as PNG bytes with its pixel size: what a DOCX embeds.
pub fn photo_as_png(bytes: &[u8], side: u32) -> Result<(Vec<u8>, u32, u32)> {
    let format = if bytes.starts_with(b"\x89PNG") {
        ImageFormat::Png
    } else {
        ImageFormat::Jpeg
    };
    let image = decode(bytes, format)
        .map_err(|e| Error::Render(format!("decoding a stored photo: {e}")))?;
    let image = if image.width() > side || image.height() > side {
        image.resize(side, side, image::imageops::FilterType::Triangle)
    } else {
        image
    };
    let image = DynamicImage::ImageRgb8(image.to_rgb8());
    let mut out = Cursor::new(Vec::new());
    image
        .write_to(&mut out, ImageFormat::Png)
        .map_err(|e| Error::Render(format!("encoding a photo as PNG: {e}")))?;
    Ok((out.into_inner(), image.width(), image.height()))
}

/// Adds a JPEG or PNG photo to an event; returns its id. Refuses other
/// files, files over [`MAX_PHOTO_BYTES`] and images over [`MAX_PHOTO_SIDE`]
/// pixels on a side (a validation error on `photo`), before writing anything.
pub fn insert_photo(
    conn: &Connection,
    event_id: i64,
    bytes: &[u8],
    input: &PhotoInput,
) -> Result<i64> {
    let caption = clean(FieldName::Caption, &input.caption, 1000)?;
    let credit = clean(FieldName::Credit, &input.credit, 300)?;
    let checked = check_photo(bytes)?;
    let sha = Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect::<String>();
    let now = now_utc();
    conn.execute(
        "INSERT INTO event_photo (uuid, event_id, mime, width, height, byte_size, sha256, caption,
                                  credit, chosen, thumbnail, created_at, updated_at)
         SELECT ?1, id, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?12
         FROM event WHERE id = ?2 AND deleted_at IS NULL",
        params![
            uuid::Uuid::now_v7().to_string(),
            event_id,
            checked.mime,
            checked.width,
            checked.height,
            bytes.len() as i64,
            sha,
            caption,
            credit,
            input.chosen,
            checked.thumbnail,
            now
        ],
    )
    .context("adding a photo")?;
    if conn.changes() == 0 {
        return Err(Error::NotFound {
            what: "event",
            id: event_id,
        });
    }
    let id = conn.last_insert_rowid();
    conn.execute(
        "INSERT INTO event_photo_blob (photo_id, bytes) VALUES (?1, ?2)",
        params![id, bytes],
    )
    .context("storing a photo")?;
    changelog::log_change(conn, "event_photo", id, Action::Create, &caption)?;
    Ok(id)
}

/// Adds the JPEG or PNG file at `path` to an event, like [`insert_photo`];
/// a file over [`MAX_PHOTO_BYTES`] is refused from its size, before it is read.
pub fn insert_photo_file(
    conn: &Connection,
    event_id: i64,
    path: &std::path::Path,
    input: &PhotoInput,
) -> Result<i64> {
    let io = |source| Error::Io {
        path: path.to_path_buf(),
        source,
    };
    let size = std::fs::metadata(path).map_err(io)?.len();
    if size > MAX_PHOTO_BYTES as u64 {
        return Err(Error::over_limit(
            FieldName::Photo,
            Invalid::TooLarge,
            MAX_PHOTO_BYTES as u64,
            format!("is {size} bytes; at most {MAX_PHOTO_BYTES} are allowed"),
        ));
    }
    let bytes = std::fs::read(path).map_err(io)?;
    insert_photo(conn, event_id, &bytes, input)
}

/// Saves a photo's caption, credit and mark.
pub fn update_photo(conn: &Connection, id: i64, input: &PhotoInput) -> Result<()> {
    let caption = clean(FieldName::Caption, &input.caption, 1000)?;
    let credit = clean(FieldName::Credit, &input.credit, 300)?;
    let changed = conn
        .execute(
            "UPDATE event_photo SET caption = ?1, credit = ?2, chosen = ?3, updated_at = ?4
             WHERE id = ?5 AND deleted_at IS NULL",
            params![caption, credit, input.chosen, now_utc(), id],
        )
        .context("saving a photo")?;
    if changed == 0 {
        return Err(Error::NotFound { what: "photo", id });
    }
    changelog::log_change(conn, "event_photo", id, Action::Update, &caption)
}

/// Soft-deletes a photo (its bytes stay until the row is purged) (a line in its event's history says so).
pub fn delete_photo(conn: &Connection, id: i64) -> Result<()> {
    RECORD.delete(conn, id)
}

/// Brings back a deleted photo (the undo of a delete).
pub fn restore_photo(conn: &Connection, id: i64) -> Result<()> {
    RECORD.restore(conn, id)
}

const SELECT: &str = "SELECT id, event_id, mime, width, height, byte_size, caption, credit, chosen
    FROM event_photo";

fn read(row: &rusqlite::Row<'_>) -> rusqlite::Result<Photo> {
    Ok(Photo {
        id: row.get(0)?,
        event_id: row.get(1)?,
        mime: row.get(2)?,
        width: row.get(3)?,
        height: row.get(4)?,
        byte_size: row.get(5)?,
        caption: row.get(6)?,
        credit: row.get(7)?,
        chosen: row.get(8)?,
    })
}

/// The photos of an event, in the order added; with `chosen_only`, only
/// those chosen for the report.
pub fn list_photos(conn: &Connection, event_id: i64, chosen_only: bool) -> Result<Vec<Photo>> {
    conn.prepare_cached(&format!(
        "{SELECT} WHERE event_id = ?1 AND deleted_at IS NULL AND (?2 = 0 OR chosen = 1)
         ORDER BY id"
    ))
    .and_then(|mut stmt| {
        stmt.query_map(params![event_id, chosen_only], read)?
            .collect::<std::result::Result<Vec<_>, _>>()
    })
    .context("listing photos")
}

/// One photo (without its bytes).
pub fn get_photo(conn: &Connection, id: i64) -> Result<Photo> {
    conn.prepare_cached(&format!("{SELECT} WHERE id = ?1 AND deleted_at IS NULL"))
        .and_then(|mut stmt| stmt.query_row([id], read).optional())
        .context("reading a photo")?
        .ok_or(Error::NotFound { what: "photo", id })
}

/// A photo's JPEG thumbnail.
pub fn get_thumbnail(conn: &Connection, id: i64) -> Result<Vec<u8>> {
    conn.prepare_cached("SELECT thumbnail FROM event_photo WHERE id = ?1 AND deleted_at IS NULL")
        .and_then(|mut stmt| stmt.query_row([id], |row| row.get(0)).optional())
        .context("reading a thumbnail")?
        .ok_or(Error::NotFound { what: "photo", id })
}

/// A photo's original bytes and MIME type.
pub fn get_photo_bytes(conn: &Connection, id: i64) -> Result<(Vec<u8>, String)> {
    conn.prepare_cached(
        "SELECT b.bytes, p.mime FROM event_photo p JOIN event_photo_blob b ON b.photo_id = p.id
         WHERE p.id = ?1 AND p.deleted_at IS NULL",
    )
    .and_then(|mut stmt| {
        stmt.query_row([id], |row| Ok((row.get(0)?, row.get(1)?)))
            .optional()
    })
    .context("reading a photo")?
    .ok_or(Error::NotFound { what: "photo", id })
}

/// Small generated images for tests and the demo office.
pub mod samples {
    use image::{DynamicImage, Rgb, RgbImage};

    /// A `width`×`height` picture: a sky-to-ground gradient in `hue` with a
    /// sun and a few coloured blocks, so a thumbnail shows something.
    pub fn picture(width: u32, height: u32, hue: [u8; 3]) -> DynamicImage {
        let mut img = RgbImage::new(width.max(1), height.max(1));
        let (w, h) = (width.max(1) as f32, height.max(1) as f32);
        for (x, y, px) in img.enumerate_pixels_mut() {
            let t = y as f32 / h;
            let mut c = [
                (f32::from(hue[0]) * (1.0 - t) + 40.0 * t) as u8,
                (f32::from(hue[1]) * (1.0 - t) + 120.0 * t) as u8,
                (f32::from(hue[2]) * (1.0 - t) + 60.0 * t) as u8,
            ];
            let (dx, dy) = (x as f32 - w * 0.75, y as f32 - h * 0.25);
            if dx * dx + dy * dy < (h * 0.12) * (h * 0.12) {
                c = [250, 210, 60];
            }
            let block = (x as f32 / w * 5.0) as u32;
            if t > 0.55 && t < 0.55 + 0.08 * (block + 1) as f32 && block.is_multiple_of(2) {
                c = [200, 60 + (block * 40) as u8, 80];
            }
            *px = Rgb(c);
        }
        DynamicImage::ImageRgb8(img)
    }

    /// [`picture`] as JPEG bytes.
    pub fn jpeg(width: u32, height: u32, hue: [u8; 3]) -> Vec<u8> {
        let mut out = std::io::Cursor::new(Vec::new());
        // Encoding an in-memory RGB image to a Vec cannot fail.
        let _ = picture(width, height, hue).write_to(&mut out, image::ImageFormat::Jpeg);
        out.into_inner()
    }

    /// [`picture`] as PNG bytes.
    pub fn png(width: u32, height: u32, hue: [u8; 3]) -> Vec<u8> {
        let mut out = std::io::Cursor::new(Vec::new());
        let _ = picture(width, height, hue).write_to(&mut out, image::ImageFormat::Png);
        out.into_inner()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::records_test_support::{event_and_person, store};

    #[test]
    fn a_photo_is_stored_whole_with_a_small_thumbnail() {
        let store = store();
        let (event, _) = event_and_person(store.conn());
        let bytes = samples::jpeg(800, 600, [90, 150, 220]);
        let id = insert_photo(
            store.conn(),
            event,
            &bytes,
            &PhotoInput {
                caption: "Кеңес отырысы".into(),
                credit: "Д. Омаров".into(),
                chosen: true,
            },
        )
        .unwrap();
        let (stored, mime) = get_photo_bytes(store.conn(), id).unwrap();
        assert_eq!(stored, bytes);
        assert_eq!(mime, "image/jpeg");
        let thumb = image::load_from_memory(&get_thumbnail(store.conn(), id).unwrap()).unwrap();
        assert_eq!((thumb.width(), thumb.height()), (320, 240));
        let png = samples::png(300, 500, [200, 80, 80]);
        let second = insert_photo(store.conn(), event, &png, &PhotoInput::default()).unwrap();
        let all = list_photos(store.conn(), event, false).unwrap();
        assert_eq!(all.len(), 2);
        assert_eq!(
            (all[1].width, all[1].height, all[1].mime.as_str()),
            (300, 500, "image/png")
        );
        assert_eq!(list_photos(store.conn(), event, true).unwrap().len(), 1);
        update_photo(
            store.conn(),
            second,
            &PhotoInput {
                chosen: true,
                ..PhotoInput::default()
            },
        )
        .unwrap();
        assert_eq!(list_photos(store.conn(), event, true).unwrap().len(), 2);
        delete_photo(store.conn(), id).unwrap();
        assert!(get_thumbnail(store.conn(), id).is_err());
        let (png_bytes, w, h) = photo_as_png(&bytes, 400).unwrap();
        assert!(png_bytes.starts_with(b"\x89PNG"));
        assert_eq!((w, h), (400, 300));
    }

    #[test]
    fn refuses_what_is_not_a_photo_or_too_big_and_writes_nothing() {
        let store = store();
        let (event, _) = event_and_person(store.conn());
        let refuse = |bytes: &[u8]| {
            insert_photo(store.conn(), event, bytes, &PhotoInput::default()).unwrap_err()
        };
        let err = refuse(b"GIF89a....");
        assert_eq!(err.invalid().map(|(r, _)| r), Some(Invalid::NotAnImage));
        let err = refuse(b"\x89PNG\r\n\x1a\nbroken");
        assert_eq!(err.invalid().map(|(r, _)| r), Some(Invalid::NotAnImage));
        let wide = samples::png(MAX_PHOTO_SIDE + 1, 2, [0, 0, 0]);
        let err = refuse(&wide);
        assert_eq!(
            err.invalid(),
            Some((Invalid::TooManyPixels, Some(u64::from(MAX_PHOTO_SIDE))))
        );
        let mut huge = samples::jpeg(16, 16, [0, 0, 0]);
        huge.resize(MAX_PHOTO_BYTES + 1, 0);
        assert_eq!(
            refuse(&huge).invalid().map(|(r, _)| r),
            Some(Invalid::TooLarge)
        );
        assert!(list_photos(store.conn(), event, false).unwrap().is_empty());
        let blobs: i64 = store
            .conn()
            .query_row("SELECT count(*) FROM event_photo_blob", [], |r| r.get(0))
            .unwrap();
        assert_eq!(blobs, 0);
    }
}
