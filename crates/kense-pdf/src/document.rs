//! A minimal drawing model (positioned text runs and strokes on pages) and its
//! conversion to PDF bytes through printpdf.
//!
//! Coordinates are PDF points (1/72 inch) from the page's bottom-left corner; text
//! is positioned by its baseline. Every text run is checked against its face, the
//! faces are subset to the glyphs in use and embedded as `XXXXXX+PostScriptName`
//! Type0/CIDFontType2 fonts with a `ToUnicode` map.

use std::collections::{BTreeMap, BTreeSet};

use printpdf::{
    Color, FontId, Greyscale, Line, LinePoint, Op, PaintMode, ParsedFont, PdfDocument, PdfFont,
    PdfFontHandle, PdfPage, PdfParseErrorSeverity, PdfSaveOptions, Point, Pt, Rect, TextItem,
    TextMatrix,
};

use crate::error::PdfError;
use crate::fonts::Face;
use crate::measure::FontMetrics;
use crate::subset::{SubsetFont, subset_face};

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

/// How lines and frames are stroked.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Stroke {
    /// Line width in points.
    pub width_pt: f32,
    /// Grey level: 0.0 is black, 1.0 is white.
    pub grey: f32,
}

/// One drawing operation on a page.
#[derive(Debug, Clone, PartialEq)]
enum Item {
    Text {
        face: Face,
        size_pt: f32,
        x: f32,
        baseline: f32,
        text: String,
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
}

/// A page being drawn: its size and what is on it, in drawing order.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    width_pt: f32,
    height_pt: f32,
    items: Vec<Item>,
}

impl Page {
    /// An empty page of the given size in points.
    pub fn new(width_pt: f32, height_pt: f32) -> Self {
        Self {
            width_pt,
            height_pt,
            items: Vec::new(),
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
        });
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

    /// The text runs on the page: face, size, position and text.
    pub fn text_runs(&self) -> impl Iterator<Item = (Face, f32, (f32, f32), &str)> {
        self.items.iter().filter_map(|item| match item {
            Item::Text {
                face,
                size_pt,
                x,
                baseline,
                text,
            } => Some((*face, *size_pt, (*x, *baseline), text.as_str())),
            _ => None,
        })
    }
}

/// Renders `pages` into one PDF document titled `title`.
pub fn render_pdf(title: &str, pages: &[Page]) -> Result<Vec<u8>, PdfError> {
    let mut chars_by_face: BTreeMap<Face, BTreeSet<char>> = BTreeMap::new();
    for page in pages {
        for (face, _, _, text) in page.text_runs() {
            chars_by_face.entry(face).or_default().extend(text.chars());
        }
    }

    let mut doc = PdfDocument::new(title);
    doc.metadata.info.creator = "Kense".to_owned();
    doc.metadata.info.producer = "Kense (printpdf)".to_owned();

    for (&face, chars) in &chars_by_face {
        let subset = subset_face(face, chars)?;
        let font = pdf_font(&subset)?;
        doc.resources.fonts.map.insert(font_id(face), font);
    }

    doc.pages = pages.iter().map(page_ops).collect();

    // What `PdfDocument::save` does, except that the trailer /ID is derived from the
    // content instead of being random (equal input, equal bytes) and write errors
    // are reported instead of dropped. The lopdf document is printpdf's.
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
    pdf.compress();
    let mut bytes = Vec::new();
    pdf.save_to(&mut bytes)
        .map_err(|e| PdfError::Write(vec![e.to_string()]))?;
    if !bytes.starts_with(b"%PDF-") {
        return Err(PdfError::Write(vec!["no PDF data was written".to_owned()]));
    }
    Ok(bytes)
}

/// A 32-hex-digit document identifier derived from the content (FNV-1a over the
/// title and the page contents, twice with different seeds).
fn document_id(title: &str, pages: &[Page]) -> Vec<u8> {
    let content = format!("{title}\u{0}{pages:?}");
    [0xcbf2_9ce4_8422_2325_u64, 0x6c62_272e_07bb_0142]
        .iter()
        .map(|&seed| {
            let hash = content.bytes().fold(seed, |hash, byte| {
                (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3)
            });
            format!("{hash:016X}")
        })
        .collect::<String>()
        .into_bytes()
}

/// The PDF resource name of a face's font, e.g. `/KSerifBold`.
fn font_id(face: Face) -> FontId {
    FontId(format!(
        "K{}",
        face.postscript_name().replace(['-', 'P', 'T'], "")
    ))
}

/// Wraps a subset font program for printpdf.
///
/// Without its `html` feature printpdf embeds the font bytes it is given as they
/// are, takes `/BaseFont` from `font_name`, maps characters to glyphs through
/// `codepoint_to_glyph` and writes `/W` widths and the `/ToUnicode` map from them.
/// Handing it the subset with its tagged name therefore yields an embedded subset.
fn pdf_font(subset: &SubsetFont) -> Result<PdfFont, PdfError> {
    let mut warnings = Vec::new();
    let mut parsed =
        ParsedFont::from_bytes(&subset.program, 0, &mut warnings).ok_or_else(|| {
            PdfError::Subset {
                face: subset.face,
                reason: format!("printpdf cannot read the subset font: {warnings:?}"),
            }
        })?;
    parsed.font_name = Some(subset.base_name.clone());
    parsed.codepoint_to_glyph = subset
        .glyph_ids
        .iter()
        .map(|(&c, &gid)| (u32::from(c), gid))
        .collect();
    Ok(PdfFont::new(parsed))
}

/// Translates one page into printpdf operations: strokes first, then all text in
/// one text object.
fn page_ops(page: &Page) -> PdfPage {
    let mut ops = Vec::new();
    let mut current_stroke: Option<Stroke> = None;
    let mut set_stroke = |ops: &mut Vec<Op>, stroke: Stroke| {
        if current_stroke != Some(stroke) {
            ops.push(Op::SetOutlineColor {
                col: Color::Greyscale(Greyscale::new(stroke.grey, None)),
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
            Item::Text { .. } => {}
        }
    }

    let mut runs = page.text_runs().peekable();
    if runs.peek().is_some() {
        ops.push(Op::StartTextSection);
        ops.push(Op::SetFillColor {
            col: Color::Greyscale(Greyscale::new(0.0, None)),
        });
        let mut current_font: Option<(Face, f32)> = None;
        for (face, size_pt, (x, baseline), text) in runs {
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

#[cfg(test)]
mod tests {
    use super::*;

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
        page.line(
            (72.0, 670.0),
            (500.0, 670.0),
            Stroke {
                width_pt: 0.5,
                grey: 0.3,
            },
        );
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
    fn an_empty_page_still_renders() {
        let bytes = render_pdf("empty", &[Page::a4_portrait()]).unwrap();
        assert!(bytes.starts_with(b"%PDF-"));
    }
}
