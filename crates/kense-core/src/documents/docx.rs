//! Award documents as DOCX, for a clerk who must change a word before
//! printing: the same page models the PDF prints ([`DocumentContent`]'s
//! pages), so the texts, the register number and the verification QR code
//! are the same as in the PDF of that entry.
//!
//! A diploma or certificate is one framed table cell filling the page (a
//! triple rule in the accent colour), its texts centred in it; a gratitude
//! letter has the letterhead (logo, office names, a rule) and a justified
//! body. Both end with the signature block (position · the stamp place
//! «М.О.» over the signature line · name) and the footer (number and date
//! on the left, the QR code and its code in the right corner). Every page
//! is its own section, so a batch in one file keeps one page per document.

use super::content::DocumentContent;
use crate::{Error, Result};
use docx_rs::{
    AlignmentType, BorderType, Docx, HeightRule, LineSpacing, PageMargin, PageOrientationType,
    Paragraph, ParagraphBorder, ParagraphBorderPosition, ParagraphBorders, Pic, Run, RunFonts,
    SectionProperty, SpecialIndentType, Table, TableCell, TableCellBorder, TableCellBorderPosition,
    TableCellBorders, TableCellMargins, TableLayoutType, TableRow, VAlignType, WidthType,
};
use kense_pdf::{Award, AwardShape};
use std::io::Cursor;

/// The font of the text (Windows has it; it covers the Kazakh letters).
const FONT: &str = "Times New Roman";
/// Twips (1/20 pt) per millimetre.
const TWIPS_PER_MM: f32 = 56.692_913;
/// EMU per millimetre (pictures).
const EMU_PER_MM: u32 = 36_000;
/// A4 in twips.
const A4: (u32, u32) = (11_906, 16_838);
/// The side of the printed QR code, mm.
const QR_MM: u32 = 24;
/// Pixels per QR module in the embedded picture (sharp when printed).
const QR_SCALE: u32 = 8;

fn twips(mm: f32) -> i32 {
    (mm * TWIPS_PER_MM).round() as i32
}

fn utwips(mm: f32) -> usize {
    twips(mm).max(0) as usize
}

/// A picture ready to embed: PNG bytes and their size in pixels.
#[derive(Debug, Clone)]
pub struct DocxPicture {
    png: Vec<u8>,
    width_px: u32,
    height_px: u32,
}

impl DocxPicture {
    /// A logo from its stored PNG or JPEG bytes: a PNG is embedded as it is
    /// (its transparency kept), a JPEG converted to PNG (DOCX writers here
    /// embed PNG only).
    pub fn from_image_bytes(bytes: &[u8]) -> Result<Self> {
        let reader = image::ImageReader::new(Cursor::new(bytes))
            .with_guessed_format()
            .map_err(|e| Error::Render(format!("reading the logo: {e}")))?;
        if reader.format() == Some(image::ImageFormat::Png) {
            let (w, h) = reader
                .into_dimensions()
                .map_err(|e| Error::Render(format!("reading the logo's size: {e}")))?;
            return Ok(Self {
                png: bytes.to_vec(),
                width_px: w,
                height_px: h,
            });
        }
        let image = reader
            .decode()
            .map_err(|e| Error::Render(format!("decoding the logo: {e}")))?;
        let mut png = Cursor::new(Vec::new());
        image
            .write_to(&mut png, image::ImageFormat::Png)
            .map_err(|e| Error::Render(format!("encoding the logo as PNG: {e}")))?;
        Ok(Self {
            png: png.into_inner(),
            width_px: image.width(),
            height_px: image.height(),
        })
    }

    /// The QR code of `payload`, the symbol the PDF prints, as a PNG.
    fn qr(payload: &str) -> Result<Self> {
        let (side, pixels) = kense_pdf::qr_pixels(payload)?;
        let side = side as u32;
        let big = side * QR_SCALE;
        let image = image::GrayImage::from_fn(big, big, |x, y| {
            let at = (y / QR_SCALE * side + x / QR_SCALE) as usize;
            image::Luma([pixels.get(at).copied().unwrap_or(255)])
        });
        let mut png = Cursor::new(Vec::new());
        image
            .write_to(&mut png, image::ImageFormat::Png)
            .map_err(|e| Error::Render(format!("encoding the QR code: {e}")))?;
        Ok(Self {
            png: png.into_inner(),
            width_px: big,
            height_px: big,
        })
    }

    /// The picture scaled to fit `max_w` × `max_h` mm, keeping its shape.
    fn pic(&self, max_w: f32, max_h: f32) -> Pic {
        let (w, h) = (self.width_px.max(1) as f32, self.height_px.max(1) as f32);
        let scale = (max_w / w).min(max_h / h);
        let emu = EMU_PER_MM as f32;
        Pic::new_with_dimensions(self.png.clone(), self.width_px, self.height_px)
            .size((w * scale * emu) as u32, (h * scale * emu) as u32)
    }
}

/// A run of `text` at `size_pt` in the document font.
fn run(text: &str, size_pt: f32) -> Run {
    Run::new()
        .add_text(text)
        .size((size_pt * 2.0).round() as usize)
        .fonts(
            RunFonts::new()
                .ascii(FONT)
                .hi_ansi(FONT)
                .cs(FONT)
                .east_asia(FONT),
        )
}

/// A paragraph aligned `align` with `before`/`after` points of space.
fn para(align: AlignmentType, before_pt: f32, after_pt: f32) -> Paragraph {
    Paragraph::new().align(align).line_spacing(
        LineSpacing::new()
            .before((before_pt * 20.0) as u32)
            .after((after_pt * 20.0) as u32),
    )
}

fn hex(rgb: kense_pdf::Rgb) -> String {
    let c = |v: f32| (v.clamp(0.0, 1.0) * 255.0).round() as u8;
    format!("{:02X}{:02X}{:02X}", c(rgb.r), c(rgb.g), c(rgb.b))
}

/// Cell borders all of one kind.
fn borders(kind: BorderType, size: usize, color: &str) -> TableCellBorders {
    let mut b = TableCellBorders::with_empty();
    for position in [
        TableCellBorderPosition::Top,
        TableCellBorderPosition::Left,
        TableCellBorderPosition::Bottom,
        TableCellBorderPosition::Right,
    ] {
        b = b.set(
            TableCellBorder::new(position)
                .border_type(kind)
                .size(size)
                .color(color),
        );
    }
    b
}

fn no_borders() -> TableCellBorders {
    borders(BorderType::Nil, 0, "auto")
}

/// A table without borders, of fixed column widths (mm).
fn plain_table(rows: Vec<TableRow>, widths_mm: &[f32]) -> Table {
    let grid: Vec<usize> = widths_mm.iter().map(|w| utwips(*w)).collect();
    Table::without_borders(rows)
        .set_grid(grid.clone())
        .width(grid.iter().sum(), WidthType::Dxa)
        .layout(TableLayoutType::Fixed)
        .margins(TableCellMargins::new().margin(0, 0, 0, 0))
}

fn cell(width_mm: f32) -> TableCell {
    TableCell::new()
        .width(utwips(width_mm), WidthType::Dxa)
        .set_borders(no_borders())
}

/// The document parts of one page, in order.
enum Part {
    Paragraph(Box<Paragraph>),
    Table(Box<Table>),
}

/// The page's geometry: size and margins in mm.
struct Geometry {
    landscape: bool,
    margin_mm: f32,
}

impl Geometry {
    fn of(award: &Award) -> Self {
        Self {
            landscape: award.landscape,
            margin_mm: if award.shape == AwardShape::Framed {
                10.0
            } else {
                20.0
            },
        }
    }

    fn size_mm(&self) -> (f32, f32) {
        if self.landscape {
            (297.0, 210.0)
        } else {
            (210.0, 297.0)
        }
    }

    fn text_width_mm(&self) -> f32 {
        self.size_mm().0 - 2.0 * self.margin_mm
    }

    fn section(&self) -> SectionProperty {
        let (w, h) = if self.landscape { (A4.1, A4.0) } else { A4 };
        let m = twips(self.margin_mm);
        SectionProperty::new()
            .page_size(
                docx_rs::PageSize::new()
                    .size(w, h)
                    .orient(if self.landscape {
                        PageOrientationType::Landscape
                    } else {
                        PageOrientationType::Portrait
                    }),
            )
            .page_margin(
                PageMargin::new()
                    .top(m)
                    .bottom(m)
                    .left(m)
                    .right(m)
                    .header(twips(8.0))
                    .footer(twips(8.0)),
            )
    }
}

/// The texts of one award page as paragraphs (letterhead, titles,
/// recipient, salutations and bodies, signatures, footer), `width_mm` wide.
fn page_body(
    award: &Award,
    logo: Option<&DocxPicture>,
    qr: Option<&DocxPicture>,
    width_mm: f32,
) -> Vec<Part> {
    let framed = award.shape == AwardShape::Framed;
    let accent = hex(award.accent);
    let mut parts = Vec::new();
    let centred =
        |r: Run, before: f32, after: f32| para(AlignmentType::Center, before, after).add_run(r);

    // Letterhead: logo, office names (a rule under them on a letter).
    if let Some(logo) = logo {
        let h = if framed { 20.0 } else { 22.0 };
        parts.push(Part::Paragraph(Box::new(
            para(AlignmentType::Center, 0.0, 4.0)
                .add_run(Run::new().add_image(logo.pic(width_mm, h))),
        )));
    }
    let office_size = if framed { 13.0 } else { 12.0 };
    let names: Vec<&String> = award
        .office_names
        .iter()
        .filter(|n| !n.trim().is_empty())
        .collect();
    for (i, name) in names.iter().enumerate() {
        let last = i + 1 == names.len();
        let mut p = para(AlignmentType::Center, 0.0, if last { 6.0 } else { 0.0 })
            .add_run(run(name.trim(), office_size).bold().color(accent.as_str()));
        if last && !framed {
            // The letterhead's rule under the last name.
            p.property = p.property.set_borders(
                ParagraphBorders::with_empty().set(
                    ParagraphBorder::new(ParagraphBorderPosition::Bottom)
                        .val(BorderType::ThickThinSmallGap)
                        .size(18)
                        .space(6)
                        .color(accent.as_str()),
                ),
            );
        }
        parts.push(Part::Paragraph(Box::new(p)));
    }

    // Titles: the first large, another language's smaller (once when equal).
    let (title_size, second_title_size) = if framed { (48.0, 24.0) } else { (28.0, 18.0) };
    for (i, text) in award.texts.iter().enumerate() {
        let first = i == 0;
        if text.title.trim().is_empty()
            || (!first && award.texts[0].title.trim() == text.title.trim())
        {
            continue;
        }
        parts.push(Part::Paragraph(Box::new(
            para(AlignmentType::Center, if first { 6.0 } else { 0.0 }, 2.0).add_run(
                run(
                    text.title.trim(),
                    if first { title_size } else { second_title_size },
                )
                .bold()
                .color(accent.as_str()),
            ),
        )));
    }
    for (i, text) in award.texts.iter().enumerate() {
        let nomination = words(&text.nomination);
        if nomination.is_empty() || (i > 0 && words(&award.texts[0].nomination) == nomination) {
            continue;
        }
        parts.push(Part::Paragraph(Box::new(centred(
            run(&nomination, if framed { 24.0 } else { 18.0 })
                .bold()
                .color(accent.as_str()),
            2.0,
            2.0,
        ))));
    }
    for text in &award.texts {
        if !text.subtitle.trim().is_empty() {
            parts.push(Part::Paragraph(Box::new(centred(
                run(&words(&text.subtitle), if framed { 16.0 } else { 14.0 }).italic(),
                2.0,
                2.0,
            ))));
        }
    }

    // The recipient and their position and organisation.
    if !award.recipient.trim().is_empty() {
        parts.push(Part::Paragraph(Box::new(
            para(AlignmentType::Center, 6.0, 2.0)
                .add_run(run(&words(&award.recipient), if framed { 28.0 } else { 20.0 }).bold()),
        )));
    }
    for line in award.organisation.lines().filter(|l| !l.trim().is_empty()) {
        parts.push(Part::Paragraph(Box::new(centred(
            run(&words(line), 13.0).italic(),
            0.0,
            0.0,
        ))));
    }

    // Salutations and bodies, a short rule between languages.
    for (i, text) in award.texts.iter().enumerate() {
        if i > 0 {
            parts.push(Part::Paragraph(Box::new(centred(
                run("———", 12.0).color(accent.as_str()),
                2.0,
                2.0,
            ))));
        }
        if !text.salutation.trim().is_empty() {
            parts.push(Part::Paragraph(Box::new(
                para(AlignmentType::Center, 12.0, 6.0)
                    .add_run(run(&words(&text.salutation), 15.0).bold()),
            )));
        }
        for (j, paragraph) in text
            .body
            .split("\n\n")
            .map(words)
            .filter(|p| !p.is_empty())
            .enumerate()
        {
            let mut p = if framed {
                para(AlignmentType::Center, if j == 0 { 6.0 } else { 0.0 }, 2.0)
            } else {
                para(AlignmentType::Both, if j == 0 { 6.0 } else { 0.0 }, 4.0).indent(
                    None,
                    Some(SpecialIndentType::FirstLine(twips(12.5))),
                    None,
                    None,
                )
            };
            p = p.add_run(run(&paragraph, if framed { 16.0 } else { 14.0 }));
            parts.push(Part::Paragraph(Box::new(p)));
        }
    }

    parts.push(Part::Table(Box::new(signatures(award, width_mm))));
    parts.push(Part::Table(Box::new(footer(award, qr, width_mm))));
    parts
}

/// The signature block: the signatory's position(s) on the left, the stamp
/// place over the signature line in the middle, the name on the right.
fn signatures(award: &Award, width_mm: f32) -> Table {
    let widths = [width_mm * 0.45, width_mm * 0.25, width_mm * 0.30];
    let mut left = cell(widths[0]).vertical_align(VAlignType::Bottom);
    let mut any = false;
    for text in &award.texts {
        let position = words(&text.signatory_position);
        if !position.is_empty() {
            any = true;
            left = left
                .add_paragraph(para(AlignmentType::Left, 0.0, 0.0).add_run(run(&position, 12.0)));
        }
    }
    if !any {
        left = left.add_paragraph(Paragraph::new());
    }
    let stamp = award
        .texts
        .first()
        .map(|t| t.stamp_mark.trim().to_owned())
        .unwrap_or_default();
    let middle = cell(widths[1])
        .vertical_align(VAlignType::Bottom)
        .add_paragraph(para(AlignmentType::Center, 0.0, 2.0).add_run(run(&stamp, 11.0).bold()))
        .add_paragraph(para(AlignmentType::Center, 0.0, 0.0).add_run(run("____________", 12.0)));
    let name = award
        .texts
        .first()
        .map(|t| words(&t.signatory_name))
        .unwrap_or_default();
    let right = cell(widths[2])
        .vertical_align(VAlignType::Bottom)
        .add_paragraph(para(AlignmentType::Right, 0.0, 0.0).add_run(run(&name, 12.0).bold()));
    plain_table(
        vec![TableRow::new(vec![left, middle, right]).cant_split()],
        &widths,
    )
}

/// The footer: number and date on the left, the QR code and its code in the
/// right corner.
fn footer(award: &Award, qr: Option<&DocxPicture>, width_mm: f32) -> Table {
    let qr_width = QR_MM as f32 + 20.0;
    let widths = [width_mm - qr_width, qr_width];
    let mut left = cell(widths[0])
        .vertical_align(VAlignType::Bottom)
        .add_paragraph(para(AlignmentType::Left, 0.0, 0.0).add_run(run(&award.number, 10.0)));
    if let Some(first) = award.texts.first()
        && !first.place_date.trim().is_empty()
    {
        left = left.add_paragraph(
            para(AlignmentType::Left, 0.0, 0.0).add_run(run(first.place_date.trim(), 10.0)),
        );
    }
    let mut right = cell(widths[1]).vertical_align(VAlignType::Bottom);
    match (qr, &award.verification) {
        (Some(qr), Some(v)) => {
            right = right
                .add_paragraph(
                    para(AlignmentType::Center, 0.0, 0.0)
                        .add_run(Run::new().add_image(qr.pic(QR_MM as f32, QR_MM as f32))),
                )
                .add_paragraph(
                    para(AlignmentType::Center, 0.0, 0.0).add_run(run(v.label.trim(), 7.0)),
                );
        }
        _ => right = right.add_paragraph(Paragraph::new()),
    }
    plain_table(vec![TableRow::new(vec![left, right]).cant_split()], &widths)
        .margins(TableCellMargins::new().margin(utwips(4.0), 0, 0, 0))
}

/// `text` on one line, runs of white space made one space.
fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// An empty paragraph of 1 pt: the end of a cell or of a page's section.
fn tiny_paragraph() -> Paragraph {
    para(AlignmentType::Left, 0.0, 0.0)
        .line_spacing(
            LineSpacing::new()
                .before(0)
                .after(0)
                .line(20)
                .line_rule(docx_rs::LineSpacingType::Exact),
        )
        .size(2)
}

/// Adds one page to `doc`: a framed page is one bordered cell filling the
/// page with the texts centred in it; a letter flows from the letterhead.
/// The page ends with a paragraph carrying its section (`last` leaves it to
/// the document's own section).
fn add_page(
    mut doc: Docx,
    award: &Award,
    logo: Option<&DocxPicture>,
    qr: Option<&DocxPicture>,
    last: bool,
) -> Docx {
    let geometry = Geometry::of(award);
    let width = geometry.text_width_mm();
    if award.shape == AwardShape::Framed {
        let inner = width - 2.0 * 12.0;
        let mut frame = TableCell::new()
            .width(utwips(width), WidthType::Dxa)
            .vertical_align(VAlignType::Center)
            .set_borders(borders(
                BorderType::ThinThickThinMediumGap,
                24,
                &hex(award.accent),
            ));
        for part in page_body(award, logo, qr, inner) {
            frame = match part {
                Part::Paragraph(p) => frame.add_paragraph(*p),
                Part::Table(t) => frame.add_table(*t),
            };
        }
        // A cell ends with a paragraph (after the footer's table).
        frame = frame.add_paragraph(tiny_paragraph());
        // The cell fills the page, less room for the section's paragraph.
        let height = geometry.size_mm().1 - 2.0 * geometry.margin_mm - 8.0;
        let m = utwips(12.0);
        let table = Table::new(vec![
            TableRow::new(vec![frame])
                .row_height(twips(height) as f32)
                // At least the page: a text longer than the page grows the
                // cell rather than being cut off.
                .height_rule(HeightRule::AtLeast)
                .cant_split(),
        ])
        .set_grid(vec![utwips(width)])
        .width(utwips(width), WidthType::Dxa)
        .layout(TableLayoutType::Fixed)
        .margins(TableCellMargins::new().margin(utwips(6.0), m, utwips(6.0), m));
        doc = doc.add_table(table);
    } else {
        for part in page_body(award, logo, qr, width) {
            doc = match part {
                Part::Paragraph(p) => doc.add_paragraph(*p),
                Part::Table(t) => doc.add_table(*t),
            };
        }
    }
    let mut end = tiny_paragraph();
    if !last {
        end = end.section_property(geometry.section());
    }
    doc.add_paragraph(end)
}

/// The DOCX of `contents`: one page per document (two for a kk/ru pair), in
/// order, with the logo and each document's QR code. `logo` is the
/// template's or the office's logo (see [`DocxPicture::from_image_bytes`]).
pub fn render_docx(contents: &[DocumentContent], logo: Option<&DocxPicture>) -> Result<Vec<u8>> {
    let awards: Vec<Award> = contents.iter().flat_map(|c| c.awards(None)).collect();
    let Some(first) = awards.first() else {
        return Err(Error::Render("a DOCX with no document".to_owned()));
    };
    let geometry = Geometry::of(first);
    let mut doc = Docx::new();
    let (w, h) = if geometry.landscape { (A4.1, A4.0) } else { A4 };
    doc = doc.page_size(w, h).page_orient(if geometry.landscape {
        PageOrientationType::Landscape
    } else {
        PageOrientationType::Portrait
    });
    let m = twips(geometry.margin_mm);
    doc = doc.page_margin(
        PageMargin::new()
            .top(m)
            .bottom(m)
            .left(m)
            .right(m)
            .header(twips(8.0))
            .footer(twips(8.0)),
    );
    for (i, award) in awards.iter().enumerate() {
        let qr = award
            .verification
            .as_ref()
            .map(|v| DocxPicture::qr(&v.qr_payload))
            .transpose()?;
        doc = add_page(doc, award, logo, qr.as_ref(), i + 1 == awards.len());
    }
    let mut out = Cursor::new(Vec::new());
    doc.build()
        .pack(&mut out)
        .map_err(|e| Error::Render(format!("writing the DOCX: {e}")))?;
    Ok(out.into_inner())
}
