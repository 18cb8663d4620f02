//! QR codes drawn as vector rectangles (no image, no rasterisation).

use qrcodegen::{QrCode, QrCodeEcc};

use crate::document::{Page, Rgb};
use crate::error::PdfError;

/// Modules of quiet zone the QR specification asks for around the symbol.
const QUIET_ZONE: i32 = 4;

/// Draws a QR code of `payload` (UTF-8, error correction level M) filling the
/// square whose bottom-left corner is (`x`, `y`) and whose side is `side` points,
/// quiet zone included. Dark modules are merged into horizontal runs, so a symbol
/// costs a few hundred bytes of page content.
pub fn draw_qr(
    page: &mut Page,
    payload: &str,
    (x, y): (f32, f32),
    side: f32,
) -> Result<(), PdfError> {
    let code = QrCode::encode_text(payload, QrCodeEcc::Medium)
        .map_err(|e| PdfError::Write(vec![format!("QR code: {e:?}")]))?;
    let size = code.size();
    let module = side / (size + 2 * QUIET_ZONE) as f32;
    let origin = (
        x + QUIET_ZONE as f32 * module,
        y + QUIET_ZONE as f32 * module,
    );
    for row in 0..size {
        let mut col = 0;
        while col < size {
            if !code.get_module(col, row) {
                col += 1;
                continue;
            }
            let start = col;
            while col < size && code.get_module(col, row) {
                col += 1;
            }
            // Rows count from the top of the symbol; PDF's y grows upwards. The
            // rectangles overlap by a hair so no white seams show between rows.
            let top = origin.1 + (size - row) as f32 * module;
            page.fill_rect(
                (origin.0 + start as f32 * module, top - module - 0.05),
                ((col - start) as f32 * module, module + 0.05),
                Rgb::BLACK,
            );
        }
    }
    Ok(())
}

/// The number of modules on a side of the QR symbol for `payload` (without the
/// quiet zone); `None` if it is too long for a QR code.
pub fn qr_size(payload: &str) -> Option<i32> {
    QrCode::encode_text(payload, QrCodeEcc::Medium)
        .ok()
        .map(|c| c.size())
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
    }
}
