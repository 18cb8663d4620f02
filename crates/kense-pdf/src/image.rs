//! Raster images (PNG or JPEG logos) and fitting them into a box.

use std::fmt;
use std::sync::Arc;

use printpdf::RawImage;

use crate::error::PdfError;

/// A decoded PNG or JPEG image, cheap to clone and share between pages.
#[derive(Clone)]
pub struct Image {
    raw: Arc<RawImage>,
    digest: u64,
}

impl Image {
    /// Decodes PNG or JPEG `bytes`.
    pub fn decode(bytes: &[u8]) -> Result<Self, PdfError> {
        let mut warnings = Vec::new();
        let raw = RawImage::decode_from_bytes(bytes, &mut warnings).map_err(PdfError::Image)?;
        Ok(Self {
            raw: Arc::new(raw),
            digest: fnv1a(bytes),
        })
    }

    /// An 8-bit greyscale image of `width` × `height` pixels, row by row from
    /// the top (0 black, 255 white). Drawn without smoothing, so each pixel
    /// stays a sharp square (QR codes).
    pub fn grey(width: usize, height: usize, pixels: Vec<u8>) -> Self {
        let mut tag = b"grey".to_vec();
        tag.extend_from_slice(&(width as u64).to_le_bytes());
        let digest = fnv1a(&[tag.as_slice(), pixels.as_slice()].concat());
        Self {
            raw: Arc::new(RawImage {
                pixels: printpdf::RawImageData::U8(pixels),
                width,
                height,
                data_format: printpdf::RawImageFormat::R8,
                tag: Vec::new(),
            }),
            digest,
        }
    }

    /// Width in pixels.
    pub fn width_px(&self) -> usize {
        self.raw.width
    }

    /// Height in pixels.
    pub fn height_px(&self) -> usize {
        self.raw.height
    }

    /// A content hash of the encoded bytes (names the image in the PDF).
    pub fn digest(&self) -> u64 {
        self.digest
    }

    pub(crate) fn raw(&self) -> &RawImage {
        &self.raw
    }

    /// The largest rectangle with this image's aspect ratio that fits into the box
    /// at (`x`, `y`) (bottom-left) of `width` × `height` points, centred in it:
    /// `(x, y, width, height)`.
    pub fn fit_in_box(&self, (x, y): (f32, f32), (width, height): (f32, f32)) -> [f32; 4] {
        let (w_px, h_px) = (self.raw.width.max(1) as f32, self.raw.height.max(1) as f32);
        let scale = (width / w_px).min(height / h_px);
        let (w, h) = (w_px * scale, h_px * scale);
        [x + (width - w) / 2.0, y + (height - h) / 2.0, w, h]
    }
}

impl fmt::Debug for Image {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "Image({}x{}, {:016x})",
            self.raw.width, self.raw.height, self.digest
        )
    }
}

impl PartialEq for Image {
    fn eq(&self, other: &Self) -> bool {
        self.digest == other.digest
            && self.raw.width == other.raw.width
            && self.raw.height == other.raw.height
    }
}

/// FNV-1a, 64 bit.
pub(crate) fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325_u64, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A `w`×`h` RGB PNG: a gradient with a checkerboard.
    pub(crate) fn tiny_png(w: u32, h: u32) -> Vec<u8> {
        let mut raw = Vec::new();
        for y in 0..h {
            for x in 0..w {
                let blue = if (x / 4 + y / 4) % 2 == 0 { 200 } else { 40 };
                raw.extend([20, (x * 255 / w.max(1)) as u8, blue]);
            }
        }
        let mut png = Vec::new();
        let mut encoder = ::png::Encoder::new(&mut png, w, h);
        encoder.set_color(::png::ColorType::Rgb);
        encoder.set_depth(::png::BitDepth::Eight);
        let mut writer = encoder.write_header().unwrap();
        writer.write_image_data(&raw).unwrap();
        writer.finish().unwrap();
        png
    }

    #[test]
    fn decodes_a_png_and_fits_it_keeping_the_aspect_ratio() {
        let image = Image::decode(&tiny_png(40, 20)).unwrap();
        assert_eq!((image.width_px(), image.height_px()), (40, 20));
        let [x, y, w, h] = image.fit_in_box((100.0, 200.0), (60.0, 60.0));
        assert!((w - 60.0).abs() < 1e-4 && (h - 30.0).abs() < 1e-4);
        assert!((x - 100.0).abs() < 1e-4 && (y - 215.0).abs() < 1e-4);
    }

    #[test]
    fn garbage_is_an_error() {
        assert!(matches!(
            Image::decode(b"not an image"),
            Err(PdfError::Image(_))
        ));
    }
}
