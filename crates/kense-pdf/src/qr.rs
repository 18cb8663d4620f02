//! QR codes drawn as vector rectangles (no image, no rasterisation).

use qrcodegen::{Mask, QrCode, QrCodeEcc, QrSegment, Version};

use crate::document::Page;
use crate::error::PdfError;
use crate::image::Image;

/// Modules of quiet zone the QR specification asks for around the symbol.
const QUIET_ZONE: i32 = 4;

/// Draws a QR code of `payload` (UTF-8, error correction level M) filling the
/// square whose bottom-left corner is (`x`, `y`) and whose side is `side` points,
/// quiet zone included. The symbol is a tiny greyscale image with one pixel per
/// module, drawn without smoothing: sharp at any zoom, and a fraction of the
/// cost of hundreds of vector rectangles per page.
pub fn draw_qr(
    page: &mut Page,
    payload: &str,
    (x, y): (f32, f32),
    side: f32,
) -> Result<(), PdfError> {
    let (full, pixels) = qr_pixels(payload)?;
    page.image(&Image::grey(full, full, pixels), (x, y), (side, side));
    Ok(())
}

/// The QR code of `payload` (level M, the same symbol [`draw_qr`] prints) as
/// an 8-bit greyscale square, one pixel per module, quiet zone included, row
/// by row from the top (0 black, 255 white): `(side, pixels)`. For formats
/// that embed the code as a picture (DOCX).
pub fn qr_pixels(payload: &str) -> Result<(usize, Vec<u8>), PdfError> {
    let code = encode(payload)
        .ok_or_else(|| PdfError::Write(vec!["QR code: the text is too long".to_owned()]))?;
    let size = code.size();
    let full = (size + 2 * QUIET_ZONE) as usize;
    let mut pixels = vec![255_u8; full * full];
    for row in 0..size {
        for col in 0..size {
            if code.get_module(col, row) {
                let at = (row + QUIET_ZONE) as usize * full + (col + QUIET_ZONE) as usize;
                pixels[at] = 0;
            }
        }
    }
    Ok((full, pixels))
}

/// Encodes `payload` at level M with a fixed mask (mask 0): choosing the
/// best of eight masks costs eight encodings and only improves how evenly
/// dark and light modules mix, which a printed code does not need.
fn encode(payload: &str) -> Option<QrCode> {
    let segments = QrSegment::make_segments(payload);
    QrCode::encode_segments_advanced(
        &segments,
        QrCodeEcc::Medium,
        Version::MIN,
        Version::MAX,
        Some(Mask::new(0)),
        true,
    )
    .ok()
}

/// The number of modules on a side of the QR symbol for `payload` (without the
/// quiet zone); `None` if it is too long for a QR code.
pub fn qr_size(payload: &str) -> Option<i32> {
    encode(payload).map(|c| c.size())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_payload_makes_a_small_symbol_of_filled_runs() {
        let payload = "KENSE АХ-2026/0042 26-0042-K3QX";
        let size = qr_size(payload).unwrap();
        assert!((21..=37).contains(&size), "{size}");
        let mut page = Page::a4_portrait();
        draw_qr(&mut page, payload, (100.0, 100.0), 60.0).unwrap();
        let bytes = crate::document::render_pdf("qr", &[page]).unwrap();
        assert!(bytes.starts_with(b"%PDF-"));
    }

    #[test]
    fn a_huge_payload_is_an_error_not_a_panic() {
        let mut page = Page::a4_portrait();
        let payload = "Ә".repeat(5000);
        assert!(draw_qr(&mut page, &payload, (0.0, 0.0), 60.0).is_err());
        assert_eq!(qr_size(&payload), None);
        assert!(qr_pixels(&payload).is_err());
    }

    #[test]
    fn the_pixels_are_the_symbol_with_its_quiet_zone() {
        let payload = "KENSE АХ-2026/0042 26-0042-K3QX";
        let size = qr_size(payload).unwrap() as usize;
        let (side, pixels) = qr_pixels(payload).unwrap();
        assert_eq!(side, size + 8);
        assert_eq!(pixels.len(), side * side);
        // The quiet zone is white; the finder pattern's corner is black.
        assert!(pixels[..side * 4].iter().all(|&p| p == 255));
        assert_eq!(pixels[4 * side + 4], 0);
    }
}
