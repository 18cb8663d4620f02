//! Raster images (PNG or JPEG logos) and fitting them into a box.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::fmt;
use std::sync::{Arc, OnceLock};

use printpdf::{
    DictItem, ExternalStream, ExternalXObject, PdfDocument, PdfSaveOptions, Px, RawImage, XObject,
    XObjectId,
};

use crate::error::PdfError;

/// A decoded PNG or JPEG image, cheap to clone and share between pages.
///
/// Its PDF image stream is encoded once, the first time a PDF needs it, and
/// shared by every clone: a logo on 1,000 separate certificates is encoded
/// once, not 1,000 times.
#[derive(Clone)]
pub struct Image {
    raw: Arc<RawImage>,
    digest: u64,
    encoded: Arc<OnceLock<ExternalXObject>>,
}

impl Image {
    /// Decodes PNG or JPEG `bytes`.
    pub fn decode(bytes: &[u8]) -> Result<Self, PdfError> {
        let mut warnings = Vec::new();
        let raw = RawImage::decode_from_bytes(bytes, &mut warnings).map_err(PdfError::Image)?;
        Ok(Self {
            raw: Arc::new(raw),
            digest: fnv1a(bytes),
            encoded: Arc::new(OnceLock::new()),
        })
    }

    /// An 8-bit greyscale image of `width` × `height` pixels, row by row from
    /// the top (0 black, 255 white). Drawn without smoothing, so each pixel
    /// stays a sharp square (QR codes).
    ///
    /// Its stream is compressed at once, at zlib's fast level with a
    /// compressor reused by the thread: printpdf would set up a compressor at
    /// the best level for each of a batch's 1,000 small QR codes.
    pub fn grey(width: usize, height: usize, pixels: Vec<u8>) -> Self {
        let mut tag = b"grey".to_vec();
        tag.extend_from_slice(&(width as u64).to_le_bytes());
        let digest = fnv1a(&[tag.as_slice(), pixels.as_slice()].concat());
        let encoded = OnceLock::new();
        if let Some(compressed) = deflate_fast(&pixels) {
            let mut dict = BTreeMap::new();
            for (key, value) in [
                ("Type", DictItem::Name(b"XObject".to_vec())),
                ("Subtype", DictItem::Name(b"Image".to_vec())),
                ("Width", DictItem::Int(width as i64)),
                ("Height", DictItem::Int(height as i64)),
                ("BitsPerComponent", DictItem::Int(8)),
                ("ColorSpace", DictItem::Name(b"DeviceGray".to_vec())),
                ("Interpolate", DictItem::Bool(false)),
                ("Filter", DictItem::Name(b"FlateDecode".to_vec())),
            ] {
                dict.insert(key.to_owned(), value);
            }
            let _ = encoded.set(external(dict, compressed, width, height));
        }
        Self {
            raw: Arc::new(RawImage {
                pixels: printpdf::RawImageData::U8(pixels),
                width,
                height,
                data_format: printpdf::RawImageFormat::R8,
                tag: Vec::new(),
            }),
            digest,
            encoded: Arc::new(encoded),
        }
    }

    /// The image as a PDF XObject, encoded once for all clones: as printpdf
    /// encodes it (colour as JPEG, greyscale and alpha as Flate), unless
    /// already encoded at construction.
    pub(crate) fn xobject(&self) -> XObject {
        let encoded = self.encoded.get_or_init(|| encode(&self.raw));
        XObject::External(encoded.clone())
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

/// An already encoded image stream, written as it is.
fn external(
    dict: BTreeMap<String, DictItem>,
    content: Vec<u8>,
    width: usize,
    height: usize,
) -> ExternalXObject {
    ExternalXObject {
        stream: ExternalStream {
            dict,
            content,
            compress: false,
        },
        width: Some(Px(width)),
        height: Some(Px(height)),
        dpi: None,
    }
}

/// `raw` encoded by printpdf with its default options (the same bytes it
/// wrote on every render before), taken out of a PDF that holds only it. If
/// the stream cannot be found there, the pixels uncompressed (which look the
/// same).
fn encode(raw: &RawImage) -> ExternalXObject {
    let mut doc = PdfDocument::new("");
    doc.resources
        .xobjects
        .map
        .insert(XObjectId("Im".to_owned()), XObject::Image(raw.clone()));
    let mut warnings = Vec::new();
    let pdf = doc.to_lopdf_document(&PdfSaveOptions::default(), &mut warnings);
    let images: Vec<&lopdf::Stream> = pdf
        .objects
        .values()
        .filter_map(|o| o.as_stream().ok())
        .filter(|s| s.dict.get(b"Subtype").and_then(|v| v.as_name()).ok() == Some(b"Image"))
        .collect();
    // The image itself: the one with a soft mask, else the only one.
    let main = images
        .iter()
        .find(|s| s.dict.get(b"SMask").is_ok())
        .or_else(|| images.first().filter(|_| images.len() == 1));
    match main {
        Some(stream) => external(
            dict_items(&pdf, &stream.dict),
            stream.content.clone(),
            raw.width,
            raw.height,
        ),
        None => uncompressed(raw),
    }
}

/// `raw`'s pixels as an uncompressed image stream (8 bits per component).
fn uncompressed(raw: &RawImage) -> ExternalXObject {
    use printpdf::{RawImageData, RawImageFormat};
    let space: &[u8] = match raw.data_format {
        RawImageFormat::R8 => b"DeviceGray",
        _ => b"DeviceRGB",
    };
    let pixels = match &raw.pixels {
        RawImageData::U8(p) => p.clone(),
        _ => Vec::new(),
    };
    let mut dict = BTreeMap::new();
    for (key, value) in [
        ("Type", DictItem::Name(b"XObject".to_vec())),
        ("Subtype", DictItem::Name(b"Image".to_vec())),
        ("Width", DictItem::Int(raw.width as i64)),
        ("Height", DictItem::Int(raw.height as i64)),
        ("BitsPerComponent", DictItem::Int(8)),
        ("ColorSpace", DictItem::Name(space.to_vec())),
    ] {
        dict.insert(key.to_owned(), value);
    }
    external(dict, pixels, raw.width, raw.height)
}

/// A lopdf dictionary as printpdf's dictionary items, streams it refers to
/// (the soft mask) inlined so printpdf writes them as objects of their own.
fn dict_items(pdf: &lopdf::Document, dict: &lopdf::Dictionary) -> BTreeMap<String, DictItem> {
    dict.iter()
        .filter(|(key, _)| key.as_slice() != b"Length")
        .map(|(key, value)| {
            (
                String::from_utf8_lossy(key).into_owned(),
                dict_item(pdf, value),
            )
        })
        .collect()
}

fn dict_item(pdf: &lopdf::Document, object: &lopdf::Object) -> DictItem {
    use lopdf::Object;
    match object {
        Object::Null => DictItem::Null,
        Object::Boolean(b) => DictItem::Bool(*b),
        Object::Integer(i) => DictItem::Int(*i),
        Object::Real(r) => DictItem::Real(*r),
        Object::Name(n) => DictItem::Name(n.clone()),
        Object::String(data, format) => DictItem::String {
            data: data.clone(),
            literal: matches!(format, lopdf::StringFormat::Literal),
        },
        Object::Array(items) => DictItem::Array(items.iter().map(|i| dict_item(pdf, i)).collect()),
        Object::Dictionary(d) => DictItem::Dict {
            map: dict_items(pdf, d),
        },
        Object::Stream(s) => DictItem::Stream {
            stream: ExternalStream {
                dict: dict_items(pdf, &s.dict),
                content: s.content.clone(),
                compress: false,
            },
        },
        Object::Reference(id) => match pdf.get_object(*id) {
            Ok(target) => dict_item(pdf, target),
            Err(_) => DictItem::Null,
        },
    }
}

thread_local! {
    /// One zlib compressor per thread at the fast level, reset for each image.
    static DEFLATER: RefCell<flate2::Compress> =
        RefCell::new(flate2::Compress::new(flate2::Compression::fast(), true));
}

/// `bytes` compressed with zlib at the fast level.
fn deflate_fast(bytes: &[u8]) -> Option<Vec<u8>> {
    DEFLATER.with(|d| crate::document::deflate_fast(&mut d.borrow_mut(), bytes))
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
