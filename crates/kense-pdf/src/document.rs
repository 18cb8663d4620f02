//! A minimal drawing model (positioned text runs and strokes on pages) and its
//! conversion to PDF bytes: the pages' content streams written by [`crate::content`],
//! the rest of the document (fonts, images, catalogue) by printpdf.
//!
//! Coordinates are PDF points (1/72 inch) from the page's bottom-left corner; text
//! is positioned by its baseline. Every text run is checked against its face, the
//! faces are subset to the glyphs in use and embedded as `XXXXXX+PostScriptName`
//! Type0/CIDFontType2 fonts with a `ToUnicode` map.

use printpdf::{FontId, PdfDocument, PdfParseErrorSeverity, PdfSaveOptions, XObjectId};

use crate::content::page_content;
use crate::error::PdfError;
use crate::fonts::Face;
use crate::fontset::{FontSet, show_on_scratch_page};
use crate::image::Image;
use crate::measure::FontMetrics;

/// Width of an A4 page in points (210 mm).
pub const A4_WIDTH_PT: f32 = 595.2756;
/// Height of an A4 page in points (297 mm).
pub const A4_HEIGHT_PT: f32 = 841.8898;

/// Millimetres to points.
pub fn mm(millimetres: f32) -> f32 {
    millimetres * 72.0 / 25.4
}

/// Where a horizontal position anchors a text run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// The position is the run's left edge.
    Left,
    /// The position is the run's centre.
    Center,
    /// The position is the run's right edge.
    Right,
}

/// A colour in the RGB space, each component from 0.0 to 1.0.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rgb {
    /// Red.
    pub r: f32,
    /// Green.
    pub g: f32,
    /// Blue.
    pub b: f32,
}

impl Rgb {
    /// Black.
    pub const BLACK: Rgb = Rgb::grey(0.0);

    /// A grey: 0.0 is black, 1.0 is white.
    pub const fn grey(level: f32) -> Self {
        Self {
            r: level,
            g: level,
            b: level,
        }
    }

    /// Parses `#RRGGBB` (the `#` is optional); `None` if it is not such a colour.
    pub fn from_hex(hex: &str) -> Option<Self> {
        let digits = hex.strip_prefix('#').unwrap_or(hex);
        if digits.len() != 6 || !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let channel = |i: usize| {
            u8::from_str_radix(&digits[i..i + 2], 16)
                .ok()
                .map(|v| f32::from(v) / 255.0)
        };
        Some(Self {
            r: channel(0)?,
            g: channel(2)?,
            b: channel(4)?,
        })
    }
}

/// How lines and frames are stroked.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Stroke {
    /// Line width in points.
    pub width_pt: f32,
    /// The colour.
    pub color: Rgb,
}

impl Stroke {
    /// A grey stroke: `level` 0.0 is black, 1.0 is white.
    pub const fn grey(width_pt: f32, level: f32) -> Self {
        Self {
            width_pt,
            color: Rgb::grey(level),
        }
    }
}

/// One drawing operation on a page.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Item {
    Text {
        face: Face,
        size_pt: f32,
        x: f32,
        baseline: f32,
        text: String,
        color: Rgb,
    },
    Fill {
        rings: Vec<Vec<(f32, f32)>>,
        color: Rgb,
    },
    Line {
        from: (f32, f32),
        to: (f32, f32),
        stroke: Stroke,
    },
    Frame {
        x: f32,
        y: f32,
        width: f32,
        height: f32,
        stroke: Stroke,
    },
    Image {
        image: Image,
        rect: [f32; 4],
    },
}

/// A titled document: what [`render_many`] renders into one PDF file.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// The PDF title.
    pub title: String,
    /// The pages, in order.
    pub pages: Vec<Page>,
}

/// A page being drawn: its size and what is on it, in drawing order.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    width_pt: f32,
    height_pt: f32,
    pub(crate) items: Vec<Item>,
    text_color: Rgb,
}

impl Page {
    /// An empty page of the given size in points.
    pub fn new(width_pt: f32, height_pt: f32) -> Self {
        Self {
            width_pt,
            height_pt,
            items: Vec::new(),
            text_color: Rgb::BLACK,
        }
    }

    /// An empty A4 portrait page.
    pub fn a4_portrait() -> Self {
        Self::new(A4_WIDTH_PT, A4_HEIGHT_PT)
    }

    /// Page width in points.
    pub fn width_pt(&self) -> f32 {
        self.width_pt
    }

    /// Page height in points.
    pub fn height_pt(&self) -> f32 {
        self.height_pt
    }

    /// Draws one line of `text` with its left edge at `x` and its baseline at
    /// `baseline`. The text is drawn as given: characters the face cannot render
    /// (including control characters) make [`render_pdf`] fail.
    pub fn text(&mut self, face: Face, size_pt: f32, x: f32, baseline: f32, text: &str) {
        if text.is_empty() {
            return;
        }
        self.items.push(Item::Text {
            face,
            size_pt,
            x,
            baseline,
            text: text.to_owned(),
            color: self.text_color,
        });
    }

    /// How many drawing operations the page has so far (see
    /// [`Page::shift_items_since`]).
    pub fn item_count(&self) -> usize {
        self.items.len()
    }

    /// Moves everything drawn since the page had `start` operations up by
    /// `dy` points (down when negative): lay a block out, then centre it.
    pub fn shift_items_since(&mut self, start: usize, dy: f32) {
        for item in self.items.iter_mut().skip(start) {
            match item {
                Item::Text { baseline, .. } => *baseline += dy,
                Item::Line { from, to, .. } => {
                    from.1 += dy;
                    to.1 += dy;
                }
                Item::Frame { y, .. } => *y += dy,
                Item::Image { rect, .. } => rect[1] += dy,
                Item::Fill { rings, .. } => {
                    for p in rings.iter_mut().flatten() {
                        p.1 += dy;
                    }
                }
            }
        }
    }

    /// Sets the colour of the text drawn from now on (black at first).
    pub fn set_text_color(&mut self, color: Rgb) {
        self.text_color = color;
    }

    /// Fills the rectangle whose bottom-left corner is at (`x`, `y`).
    pub fn fill_rect(&mut self, (x, y): (f32, f32), (width, height): (f32, f32), color: Rgb) {
        self.fill_polygon(
            &[
                (x, y),
                (x + width, y),
                (x + width, y + height),
                (x, y + height),
            ],
            color,
        );
    }

    /// Fills the closed polygon through `points`.
    pub fn fill_polygon(&mut self, points: &[(f32, f32)], color: Rgb) {
        if points.len() >= 3 {
            self.items.push(Item::Fill {
                rings: vec![points.to_vec()],
                color,
            });
        }
    }

    /// Fills several four-cornered shapes (e.g. the modules of a QR code) in
    /// one operation.
    pub fn fill_rings(&mut self, rings: &[[(f32, f32); 4]], color: Rgb) {
        if !rings.is_empty() {
            self.items.push(Item::Fill {
                rings: rings.iter().map(|r| r.to_vec()).collect(),
                color,
            });
        }
    }

    /// Draws connected straight lines through `points`.
    pub fn polyline(&mut self, points: &[(f32, f32)], stroke: Stroke) {
        for pair in points.windows(2) {
            self.line(pair[0], pair[1], stroke);
        }
    }

    /// Draws one line of `text` in `metrics`' face, anchored at `x` as `align` says.
    pub fn aligned_text(
        &mut self,
        metrics: &FontMetrics,
        size_pt: f32,
        (x, baseline): (f32, f32),
        align: Align,
        text: &str,
    ) {
        let width = metrics.text_width(text, size_pt);
        let left = match align {
            Align::Left => x,
            Align::Center => x - width / 2.0,
            Align::Right => x - width,
        };
        self.text(metrics.face(), size_pt, left, baseline, text);
    }

    /// Draws a straight line.
    pub fn line(&mut self, from: (f32, f32), to: (f32, f32), stroke: Stroke) {
        self.items.push(Item::Line { from, to, stroke });
    }

    /// Draws the outline of a rectangle whose bottom-left corner is at (`x`, `y`).
    pub fn frame(&mut self, (x, y): (f32, f32), (width, height): (f32, f32), stroke: Stroke) {
        self.items.push(Item::Frame {
            x,
            y,
            width,
            height,
            stroke,
        });
    }

    /// Draws two nested frames (a diploma border): the outer one inset `inset`
    /// points from the page edge, the inner one `gap` points inside it.
    pub fn double_frame(&mut self, inset: f32, gap: f32, outer: Stroke, inner: Stroke) {
        let (w, h) = (self.width_pt, self.height_pt);
        self.frame((inset, inset), (w - 2.0 * inset, h - 2.0 * inset), outer);
        let i = inset + gap;
        self.frame((i, i), (w - 2.0 * i, h - 2.0 * i), inner);
    }

    /// Draws `image` scaled into the box at (`x`, `y`) (bottom-left) of `width` ×
    /// `height` points, keeping its aspect ratio and centred in the box. Returns the
    /// rectangle it occupies: `[x, y, width, height]`.
    pub fn image(&mut self, image: &Image, at: (f32, f32), size: (f32, f32)) -> [f32; 4] {
        let rect = image.fit_in_box(at, size);
        self.items.push(Item::Image {
            image: image.clone(),
            rect,
        });
        rect
    }

    /// The images on the page and the rectangles they occupy.
    pub fn images(&self) -> impl Iterator<Item = (&Image, [f32; 4])> {
        self.items.iter().filter_map(|item| match item {
            Item::Image { image, rect } => Some((image, *rect)),
            _ => None,
        })
    }

    /// The text runs on the page: face, size, position and text.
    pub fn text_runs(&self) -> impl Iterator<Item = (Face, f32, (f32, f32), &str)> {
        self.items.iter().filter_map(|item| match item {
            Item::Text {
                face,
                size_pt,
                x,
                baseline,
                text,
                ..
            } => Some((*face, *size_pt, (*x, *baseline), text.as_str())),
            _ => None,
        })
    }
}

/// Renders `pages` into one PDF document titled `title`, with fonts prepared for
/// just these pages.
pub fn render_pdf(title: &str, pages: &[Page]) -> Result<Vec<u8>, PdfError> {
    let fonts = FontSet::new(pages.iter().flat_map(text_of))?;
    render_with_fonts(title, pages, &fonts)
}

/// Renders each document into its own PDF, embedding the same prepared fonts in
/// every file. Build `fonts` with [`FontSet::for_documents`] over the whole batch.
pub fn render_many(docs: &[Document], fonts: &FontSet) -> Result<Vec<Vec<u8>>, PdfError> {
    docs.iter()
        .map(|doc| render_with_fonts(&doc.title, &doc.pages, fonts))
        .collect()
}

impl FontSet {
    /// Prepares the fonts for every text run of `docs` (see [`FontSet::new`]).
    pub fn for_documents(docs: &[Document]) -> Result<Self, PdfError> {
        Self::new(docs.iter().flat_map(|d| d.pages.iter().flat_map(text_of)))
    }
}

/// `(face, text)` of every text run on `page`.
fn text_of(page: &Page) -> impl Iterator<Item = (Face, &str)> {
    page.text_runs().map(|(face, _, _, text)| (face, text))
}

/// Renders `pages` into one PDF titled `title` with already prepared `fonts`.
///
/// Fails with [`PdfError::MissingGlyphs`] if a text run uses characters (or a
/// face) that `fonts` was not prepared for.
///
/// printpdf writes the document's frame — the fonts with their widths and
/// `ToUnicode` maps for the glyphs these pages use, the images, the catalogue
/// — from one scratch page that shows those glyphs. The pages themselves
/// are written by [`page_content`] on all cores and put in the scratch
/// page's place, sharing its resources.
pub fn render_with_fonts(
    title: &str,
    pages: &[Page],
    fonts: &FontSet,
) -> Result<Vec<u8>, PdfError> {
    let used = used_codes(pages, fonts)?;

    let mut doc = PdfDocument::new(title);
    doc.metadata.info.creator = "Kense".to_owned();
    doc.metadata.info.producer = "Kense (printpdf)".to_owned();
    show_on_scratch_page(
        &mut doc,
        used.iter().filter_map(|(face, codes)| {
            let font = fonts.get(*face)?;
            let shown: String = codes
                .iter()
                .enumerate()
                .filter(|&(_, &on)| on)
                .filter_map(|(code, _)| font.char_of(code))
                .collect();
            Some((*face, font, shown))
        }),
    );
    for page in pages {
        for (image, _) in page.images() {
            doc.resources
                .xobjects
                .map
                .insert(image_id(image), image.xobject());
        }
    }

    // What `PdfDocument::save` does, except that the trailer /ID is derived from the
    // content instead of being random (equal input, equal bytes), write errors are
    // reported instead of dropped and the font programs compressed once per
    // `FontSet` are reused. The lopdf document is printpdf's.
    let mut warnings = Vec::new();
    let mut pdf = doc.to_lopdf_document(&PdfSaveOptions::default(), &mut warnings);
    let errors: Vec<String> = warnings
        .into_iter()
        .filter(|w| w.severity == PdfParseErrorSeverity::Error)
        .map(|w| w.msg)
        .collect();
    if !errors.is_empty() {
        return Err(PdfError::Write(errors));
    }
    put_pages(&mut pdf, pages, fonts).map_err(|e| PdfError::Write(vec![e.to_string()]))?;
    let id = document_id(title, pages);
    if let Ok(ids) = pdf
        .trailer
        .get_mut(b"ID")
        .and_then(|ids| ids.as_array_mut())
    {
        for part in ids {
            if let Ok(bytes) = part.as_str_mut() {
                bytes.clone_from(&id);
            }
        }
    }
    for object in pdf.objects.values_mut() {
        let Ok(stream) = object.as_stream_mut() else {
            continue;
        };
        if stream.dict.get(b"Length1").is_err() {
            continue;
        }
        let prepared = used
            .iter()
            .filter_map(|(face, _)| fonts.get(*face))
            .find(|f| f.subset.program == stream.content);
        if let Some(compressed) = prepared.and_then(|f| f.compressed.as_ref()) {
            stream.dict.set("Filter", "FlateDecode");
            stream.set_content(compressed.clone());
            stream.allows_compression = false;
        }
    }
    // Every stream not compressed yet (the ToUnicode maps) is compressed at
    // zlib's fast level, like the pages' contents: these streams are small
    // and repetitive, so the fast level gives nearly the same size at a
    // fraction of the default level's time.
    let mut deflater = flate2::Compress::new(flate2::Compression::fast(), true);
    for object in pdf.objects.values_mut() {
        let Ok(stream) = object.as_stream_mut() else {
            continue;
        };
        if stream.dict.get(b"Filter").is_ok() || !stream.allows_compression {
            continue;
        }
        if let Some(compressed) = deflate_fast(&mut deflater, &stream.content)
            && compressed.len() < stream.content.len()
        {
            stream.dict.set("Filter", "FlateDecode");
            stream.set_content(compressed);
        }
    }
    let mut bytes = Vec::new();
    pdf.save_to(&mut bytes)
        .map_err(|e| PdfError::Write(vec![e.to_string()]))?;
    if !bytes.starts_with(b"%PDF-") {
        return Err(PdfError::Write(vec!["no PDF data was written".to_owned()]));
    }
    Ok(bytes)
}

/// The glyph codes each face draws on `pages` (indexed by code), after
/// checking every text run against `fonts`.
fn used_codes(pages: &[Page], fonts: &FontSet) -> Result<Vec<(Face, Vec<bool>)>, PdfError> {
    let mut used: Vec<(Face, Vec<bool>)> = Vec::new();
    for page in pages {
        for (face, text) in text_of(page) {
            let Some(font) = fonts.get(face) else {
                // Reported with the characters.
                fonts.check(face, text)?;
                continue;
            };
            let slot = match used.iter().position(|(f, _)| *f == face) {
                Some(i) => i,
                None => {
                    used.push((face, vec![false; font.code_count()]));
                    used.len() - 1
                }
            };
            let codes = &mut used[slot].1;
            for c in text.chars() {
                let code = font.code(c);
                match codes.get_mut(usize::from(code)) {
                    Some(on) if code != 0 => *on = true,
                    // Not in the subset: reported with the run's characters.
                    _ => fonts.check(face, text)?,
                }
            }
        }
    }
    Ok(used)
}

/// Replaces the scratch page of printpdf's `pdf` by `pages`: each page's
/// content written (on all cores) and compressed, and a page object that
/// shares the scratch page's resources.
fn put_pages(pdf: &mut lopdf::Document, pages: &[Page], fonts: &FontSet) -> lopdf::Result<()> {
    let scratch = pdf
        .get_pages()
        .into_values()
        .next()
        .ok_or(lopdf::Error::PageNumberNotFound(1))?;
    let (resources, contents, parent) = {
        let page = pdf.get_dictionary(scratch)?;
        (
            page.get(b"Resources")?.as_reference()?,
            page.get(b"Contents")?.as_reference()?,
            page.get(b"Parent")?.as_reference()?,
        )
    };
    pdf.objects.remove(&contents);
    pdf.objects.remove(&scratch);
    let mut kids = Vec::with_capacity(pages.len());
    for (page, (content, compressed)) in pages.iter().zip(compressed_contents(pages, fonts)) {
        let mut dict = lopdf::Dictionary::new();
        if compressed {
            dict.set("Filter", "FlateDecode");
        }
        let mut stream = lopdf::Stream::new(dict, content);
        stream.allows_compression = false;
        let content_id = pdf.add_object(stream);
        let page_box = || {
            lopdf::Object::Array(vec![
                0.into(),
                0.into(),
                lopdf::Object::Real(page.width_pt),
                lopdf::Object::Real(page.height_pt),
            ])
        };
        let page_id = pdf.add_object(lopdf::Dictionary::from_iter([
            ("Type", lopdf::Object::from("Page")),
            ("MediaBox", page_box()),
            ("TrimBox", page_box()),
            ("CropBox", page_box()),
            ("Parent", parent.into()),
            ("Resources", resources.into()),
            ("Contents", content_id.into()),
        ]));
        kids.push(lopdf::Object::Reference(page_id));
    }
    let count = kids.len() as i64;
    let tree = pdf.get_dictionary_mut(parent)?;
    tree.set("Kids", kids);
    tree.set("Count", count);
    Ok(())
}

/// Pages written by one thread before another is worth starting.
const PAGES_PER_THREAD: usize = 16;

/// Each page's content stream, compressed when that makes it smaller (then
/// `true`), in page order; written on up to all cores, each thread with its
/// own compressor.
fn compressed_contents(pages: &[Page], fonts: &FontSet) -> Vec<(Vec<u8>, bool)> {
    let write = |part: &[Page]| {
        let mut deflater = flate2::Compress::new(flate2::Compression::fast(), true);
        part.iter()
            .map(|page| {
                let content = page_content(page, fonts);
                match deflate_fast(&mut deflater, &content) {
                    Some(compressed) if compressed.len() < content.len() => (compressed, true),
                    _ => (content, false),
                }
            })
            .collect::<Vec<_>>()
    };
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(pages.len() / PAGES_PER_THREAD)
        .max(1);
    if threads == 1 {
        return write(pages);
    }
    let chunk = pages.len().div_ceil(threads);
    std::thread::scope(|scope| {
        let workers: Vec<_> = pages
            .chunks(chunk)
            .map(|part| scope.spawn(move || write(part)))
            .collect();
        workers
            .into_iter()
            .flat_map(|worker| {
                worker
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    })
}

/// `bytes` compressed with zlib by `deflater` (reset and reused: setting up
/// a compressor clears its 64 KB window, which cost more than compressing a
/// page's small content stream).
pub(crate) fn deflate_fast(deflater: &mut flate2::Compress, bytes: &[u8]) -> Option<Vec<u8>> {
    deflater.reset();
    let mut out = Vec::with_capacity(bytes.len() / 2 + 64);
    loop {
        let before = deflater.total_in() as usize;
        let status = deflater
            .compress_vec(
                &bytes[before.min(bytes.len())..],
                &mut out,
                flate2::FlushCompress::Finish,
            )
            .ok()?;
        match status {
            flate2::Status::StreamEnd => return Some(out),
            _ => out.reserve(out.capacity().max(256)),
        }
    }
}

/// The PDF resource name of an image: derived from its content, so equal input
/// gives equal bytes.
pub(crate) fn image_id(image: &Image) -> XObjectId {
    XObjectId(format!("Im{:016X}", image.digest()))
}

/// A 32-hex-digit document identifier derived from the content: FNV-1a over
/// the title and every drawing operation, twice with different seeds. (It
/// hashes the items directly; formatting them with `Debug` took half the
/// time of a 1,000-page batch.)
fn document_id(title: &str, pages: &[Page]) -> Vec<u8> {
    [0xcbf2_9ce4_8422_2325_u64, 0x6c62_272e_07bb_0142]
        .iter()
        .map(|&seed| {
            let mut h = Fnv(seed);
            h.bytes(title.as_bytes());
            for page in pages {
                h.f32(page.width_pt);
                h.f32(page.height_pt);
                for item in &page.items {
                    item.hash_into(&mut h);
                }
            }
            format!("{:016X}", h.0)
        })
        .collect::<String>()
        .into_bytes()
}

/// FNV-1a, 64 bit.
struct Fnv(u64);

impl Fnv {
    fn bytes(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
        }
        self.0 = (self.0 ^ 0xff).wrapping_mul(0x0000_0100_0000_01b3);
    }

    fn f32(&mut self, v: f32) {
        self.bytes(&v.to_bits().to_le_bytes());
    }

    fn rgb(&mut self, c: Rgb) {
        self.f32(c.r);
        self.f32(c.g);
        self.f32(c.b);
    }
}

impl Item {
    fn hash_into(&self, h: &mut Fnv) {
        match self {
            Item::Text {
                face,
                size_pt,
                x,
                baseline,
                text,
                color,
            } => {
                h.bytes(&[0, face.index() as u8]);
                h.f32(*size_pt);
                h.f32(*x);
                h.f32(*baseline);
                h.bytes(text.as_bytes());
                h.rgb(*color);
            }
            Item::Fill { rings, color } => {
                h.bytes(&[1]);
                for p in rings.iter().flatten() {
                    h.f32(p.0);
                    h.f32(p.1);
                }
                h.rgb(*color);
            }
            Item::Line { from, to, stroke } => {
                h.bytes(&[2]);
                for v in [from.0, from.1, to.0, to.1, stroke.width_pt] {
                    h.f32(v);
                }
                h.rgb(stroke.color);
            }
            Item::Frame {
                x,
                y,
                width,
                height,
                stroke,
            } => {
                h.bytes(&[3]);
                for v in [*x, *y, *width, *height, stroke.width_pt] {
                    h.f32(v);
                }
                h.rgb(stroke.color);
            }
            Item::Image { image, rect } => {
                h.bytes(&[4]);
                h.bytes(&image.digest().to_le_bytes());
                for v in rect {
                    h.f32(*v);
                }
            }
        }
    }
}

/// The PDF resource name of a face's font, e.g. `/KSerifBold`.
pub(crate) fn font_id(face: Face) -> FontId {
    FontId(format!(
        "K{}",
        face.postscript_name().replace(['-', 'P', 'T'], "")
    ))
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;
    use printpdf::{
        Color, Line, LinePoint, Op, PaintMode, PdfFontHandle, PdfPage, Point, Polygon, PolygonRing,
        Pt, Rect, TextItem, TextMatrix, WindingOrder, XObjectTransform,
    };

    /// Translates one page into printpdf operations: strokes and images first, then
    /// all text in one text object: how pages were written before
    /// [`page_content`], the reference it is tested against.
    fn page_ops(page: &Page) -> PdfPage {
        let mut ops = Vec::new();
        let mut current_stroke: Option<Stroke> = None;
        let mut set_stroke = |ops: &mut Vec<Op>, stroke: Stroke| {
            if current_stroke != Some(stroke) {
                ops.push(Op::SetOutlineColor {
                    col: pdf_color(stroke.color),
                });
                ops.push(Op::SetOutlineThickness {
                    pt: Pt(stroke.width_pt),
                });
                current_stroke = Some(stroke);
            }
        };
        for item in &page.items {
            match *item {
                Item::Line { from, to, stroke } => {
                    set_stroke(&mut ops, stroke);
                    ops.push(Op::DrawLine {
                        line: Line {
                            points: vec![line_point(from), line_point(to)],
                            is_closed: false,
                        },
                    });
                }
                Item::Frame {
                    x,
                    y,
                    width,
                    height,
                    stroke,
                } => {
                    set_stroke(&mut ops, stroke);
                    let mut rectangle = Rect::from_xywh(Pt(x), Pt(y), Pt(width), Pt(height));
                    rectangle.mode = Some(PaintMode::Stroke);
                    ops.push(Op::DrawRectangle { rectangle });
                }
                Item::Image { ref image, rect } => {
                    let [x, y, width, _] = rect;
                    ops.push(Op::UseXobject {
                        id: image_id(image),
                        transform: XObjectTransform {
                            translate_x: Some(Pt(x)),
                            translate_y: Some(Pt(y)),
                            scale_x: Some(width / image.width_px().max(1) as f32),
                            scale_y: Some(width / image.width_px().max(1) as f32),
                            dpi: Some(72.0),
                            ..XObjectTransform::default()
                        },
                    });
                }
                Item::Fill { ref rings, color } => {
                    ops.push(Op::SetFillColor {
                        col: pdf_color(color),
                    });
                    ops.push(Op::DrawPolygon {
                        polygon: Polygon {
                            rings: rings
                                .iter()
                                .map(|points| PolygonRing {
                                    points: points.iter().copied().map(line_point).collect(),
                                })
                                .collect(),
                            mode: PaintMode::Fill,
                            winding_order: WindingOrder::NonZero,
                        },
                    });
                }
                Item::Text { .. } => {}
            }
        }

        let mut runs = page
            .items
            .iter()
            .filter_map(|item| match item {
                Item::Text {
                    face,
                    size_pt,
                    x,
                    baseline,
                    text,
                    color,
                } => Some((*face, *size_pt, (*x, *baseline), text.as_str(), *color)),
                _ => None,
            })
            .peekable();
        if runs.peek().is_some() {
            ops.push(Op::StartTextSection);
            let mut current_font: Option<(Face, f32)> = None;
            let mut current_color: Option<Rgb> = None;
            for (face, size_pt, (x, baseline), text, color) in runs {
                if current_color != Some(color) {
                    ops.push(Op::SetFillColor {
                        col: pdf_color(color),
                    });
                    current_color = Some(color);
                }
                if current_font != Some((face, size_pt)) {
                    ops.push(Op::SetFont {
                        font: PdfFontHandle::External(font_id(face)),
                        size: Pt(size_pt),
                    });
                    current_font = Some((face, size_pt));
                }
                ops.push(Op::SetTextMatrix {
                    matrix: TextMatrix::Translate(Pt(x), Pt(baseline)),
                });
                ops.push(Op::ShowText {
                    items: vec![TextItem::Text(text.to_owned())],
                });
            }
            ops.push(Op::EndTextSection);
        }

        let media_box = Rect::from_wh(Pt(page.width_pt), Pt(page.height_pt));
        PdfPage {
            media_box: media_box.clone(),
            trim_box: media_box.clone(),
            crop_box: media_box,
            ops,
        }
    }

    fn line_point((x, y): (f32, f32)) -> LinePoint {
        LinePoint {
            p: Point { x: Pt(x), y: Pt(y) },
            bezier: false,
        }
    }

    fn pdf_color(c: Rgb) -> Color {
        Color::Rgb(printpdf::Rgb::new(c.r, c.g, c.b, None))
    }

    fn contains(haystack: &[u8], needle: &[u8]) -> bool {
        haystack.windows(needle.len()).any(|w| w == needle)
    }

    #[test]
    fn font_ids_are_distinct_per_face() {
        let ids: BTreeSet<String> = Face::ALL.iter().map(|&f| font_id(f).0).collect();
        assert_eq!(ids.len(), Face::ALL.len());
        assert_eq!(font_id(Face::SerifBold).0, "KSerifBold");
        assert_eq!(font_id(Face::SansBoldItalic).0, "KSansBoldItalic");
    }

    #[test]
    fn mm_to_points() {
        assert!((mm(25.4) - 72.0).abs() < 1e-4);
        assert!((mm(210.0) - A4_WIDTH_PT).abs() < 1e-3);
        assert!((mm(297.0) - A4_HEIGHT_PT).abs() < 1e-3);
    }

    #[test]
    fn renders_a_small_pdf_with_only_the_used_faces_embedded() {
        let mut page = Page::a4_portrait();
        page.text(Face::SerifRegular, 12.0, 72.0, 700.0, "Сәлем, әлем!");
        page.text(Face::SansBold, 12.0, 72.0, 680.0, "Привет, мир!");
        page.line((72.0, 670.0), (500.0, 670.0), Stroke::grey(0.5, 0.3));
        let bytes = render_pdf("test", &[page]).unwrap();

        assert!(bytes.starts_with(b"%PDF-"));
        assert!(bytes.len() < 40_000, "{} bytes", bytes.len());
        assert!(contains(&bytes, b"+PTSerif-Regular"));
        assert!(contains(&bytes, b"+PTSans-Bold"));
        assert!(!contains(&bytes, b"PTSerif-Bold"));
    }

    #[test]
    fn aligned_text_is_anchored_as_requested() {
        let m = FontMetrics::for_face(Face::SerifBold).unwrap();
        let width = m.text_width("Кеңсе", 14.0);
        let mut page = Page::a4_portrait();
        page.aligned_text(m, 14.0, (300.0, 500.0), Align::Center, "Кеңсе");
        page.aligned_text(m, 14.0, (300.0, 480.0), Align::Right, "Кеңсе");
        page.aligned_text(m, 14.0, (300.0, 460.0), Align::Left, "Кеңсе");
        let xs: Vec<f32> = page.text_runs().map(|(_, _, (x, _), _)| x).collect();
        assert_eq!(xs, vec![300.0 - width / 2.0, 300.0 - width, 300.0]);
    }

    #[test]
    fn uncovered_text_fails_with_the_characters() {
        let mut page = Page::a4_portrait();
        page.text(Face::SansRegular, 12.0, 72.0, 700.0, "Кеңсе 中 😀");
        let err = render_pdf("test", &[page]).unwrap_err();
        assert!(
            matches!(&err, PdfError::MissingGlyphs { face: Face::SansRegular, chars } if chars == &['中', '😀']),
            "{err}"
        );
    }

    #[test]
    fn equal_input_gives_equal_bytes() {
        let draw = |text: &str| {
            let mut page = Page::a4_portrait();
            page.text(Face::SerifRegular, 12.0, 72.0, 700.0, text);
            render_pdf("test", &[page]).unwrap()
        };
        assert_eq!(draw("Сәлем"), draw("Сәлем"));
        assert_ne!(draw("Сәлем"), draw("Сәлем!"));
    }

    #[test]
    fn colours_parse_from_hex() {
        assert_eq!(Rgb::from_hex("#000000"), Some(Rgb::BLACK));
        let c = Rgb::from_hex("1F3A68").unwrap();
        assert!((c.r - 31.0 / 255.0).abs() < 1e-6 && (c.b - 104.0 / 255.0).abs() < 1e-6);
        assert_eq!(Rgb::from_hex("#12345"), None);
        assert_eq!(Rgb::from_hex("#12345G"), None);
        assert_eq!(Rgb::from_hex("#ӘӘӘ"), None);
    }

    #[test]
    fn fills_and_coloured_text_are_written_as_rgb_operators() {
        let mut page = Page::a4_portrait();
        page.fill_rect((10.0, 10.0), (20.0, 5.0), Rgb::from_hex("#FF0000").unwrap());
        page.set_text_color(Rgb::from_hex("#0000FF").unwrap());
        page.text(Face::SansRegular, 12.0, 72.0, 700.0, "Көк");
        let fonts = FontSet::new(text_of(&page)).unwrap();
        let content = String::from_utf8(page_content(&page, &fonts)).unwrap();
        assert!(
            content.contains("1 0 0 rg\n10 10 m\n30 10 l\n"),
            "{content}"
        );
        assert!(content.contains("BT\n0 0 1 rg\n/"), "{content}");
        assert!(render_pdf("t", &[page]).unwrap().starts_with(b"%PDF-"));
    }

    /// The operations of a content stream, numbers rounded to thousandths.
    fn operations(content: &[u8]) -> Vec<(String, Vec<String>)> {
        let decoded = lopdf::content::Content::decode(content).unwrap();
        decoded
            .operations
            .into_iter()
            .map(|op| {
                let operands = op
                    .operands
                    .iter()
                    .map(|o| match o.as_float() {
                        Ok(v) => format!("{:.3}", v + 0.0),
                        Err(_) => format!("{o:?}"),
                    })
                    .collect();
                (op.operator, operands)
            })
            .collect()
    }

    #[test]
    fn pages_are_written_with_the_operations_printpdf_wrote() {
        let logo = Image::grey(3, 2, vec![0, 255, 0, 255, 0, 255]);
        let mut page = Page::a4_portrait();
        page.double_frame(20.0, 4.0, Stroke::grey(1.5, 0.2), Stroke::grey(0.5, 0.2));
        page.line((72.0, 670.0), (500.0, 670.0), Stroke::grey(0.5, 0.3));
        page.line((72.0, 660.0), (500.0, 660.5), Stroke::grey(0.5, 0.3));
        page.fill_polygon(&[(1.0, 1.0), (5.5, 1.0), (3.25, 4.125)], Rgb::grey(0.5));
        page.fill_rings(
            &[
                [(10.0, 10.0), (11.0, 10.0), (11.0, 11.0), (10.0, 11.0)],
                [(12.0, 10.0), (13.0, 10.0), (13.0, 11.0), (12.0, 11.0)],
            ],
            Rgb::BLACK,
        );
        page.image(&logo, (400.0, 720.0), (90.0, 60.0));
        page.text(Face::SerifBold, 48.0, 100.0, 600.0, "СЕРТИФИКАТ");
        page.text(
            Face::SerifRegular,
            12.0,
            72.333,
            580.25,
            "Әбдірахманов Асқар «Заң»",
        );
        page.set_text_color(Rgb::from_hex("#1F3A68").unwrap());
        page.text(
            Face::SerifRegular,
            12.0,
            72.0,
            560.0,
            "Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі",
        );
        page.text(Face::SansRegular, 9.5, 72.0, 540.0, "АХ-2026-0042");
        let fonts = FontSet::new(text_of(&page)).unwrap();

        let mut doc = PdfDocument::new("reference");
        for face in fonts.faces() {
            let font = fonts.get(face).unwrap();
            doc.resources
                .fonts
                .map
                .insert(font_id(face), font.pdf_font.clone());
        }
        doc.resources
            .xobjects
            .map
            .insert(image_id(&logo), logo.xobject());
        doc.pages = vec![page_ops(&page)];
        let mut warnings = Vec::new();
        let reference = doc.to_lopdf_document(&PdfSaveOptions::default(), &mut warnings);
        let page_id = *reference.get_pages().values().next().unwrap();
        let printpdf_content = reference.get_page_content(page_id);

        assert_eq!(
            operations(&page_content(&page, &fonts)),
            operations(&printpdf_content)
        );
    }

    #[test]
    fn a_long_batch_is_written_on_all_cores_in_page_order() {
        let pages: Vec<Page> = (0..100)
            .map(|i| {
                let mut page = Page::a4_portrait();
                page.text(Face::SansRegular, 12.0, 72.0, 700.0, &format!("Бет {i}"));
                page
            })
            .collect();
        let bytes = render_pdf("batch", &pages).unwrap();
        let doc = lopdf::Document::load_mem(&bytes).unwrap();
        let ids: Vec<_> = doc.get_pages().into_values().collect();
        assert_eq!(ids.len(), 100);
        let fonts = FontSet::new(pages.iter().flat_map(text_of)).unwrap();
        for (page, id) in pages.iter().zip(ids) {
            assert_eq!(
                operations(&doc.get_page_content(id)),
                operations(&page_content(page, &fonts)),
                "page {id:?}"
            );
        }
        assert_eq!(
            render_pdf("batch", &pages).unwrap(),
            bytes,
            "the same bytes twice"
        );
    }

    #[test]
    fn an_empty_page_still_renders() {
        let bytes = render_pdf("empty", &[Page::a4_portrait()]).unwrap();
        assert!(bytes.starts_with(b"%PDF-"));
    }
}
