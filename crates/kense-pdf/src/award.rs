//! Award documents: gratitude letters (A4 portrait on the office letterhead),
//! diplomas and certificates (framed, usually A4 landscape).
//!
//! A page is a vertical stack: letterhead, titles, recipient, texts, signature
//! block, and a footer with the register number, the date and the verification QR
//! code. Every text is fitted into its box (shrunk, then wrapped), so a
//! 120-character name or organisation never runs off the page; text that cannot
//! fit even at the smallest size is a [`PdfError::DoesNotFit`] naming it.

use crate::document::{A4_HEIGHT_PT, A4_WIDTH_PT, Page, Rgb, Stroke, mm};
use crate::error::PdfError;
use crate::fonts::Face;
use crate::image::Image;
use crate::measure::FontMetrics;
use crate::paragraph::{TextAlign, draw_lines, fit_box, layout_lines};
use crate::qr::draw_qr;
use crate::wrap::fit_text;

/// The shape of an award document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AwardShape {
    /// A letter on the office letterhead (Алғыс хат / Благодарственное письмо).
    Letter,
    /// A framed diploma or certificate with a large title.
    Framed,
}

/// The texts of an award in one language, placeholders already filled in.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AwardText {
    /// The title, e.g. «АЛҒЫС ХАТ», «ДИПЛОМ».
    pub title: String,
    /// The recipient's nomination or place under the title, e.g. «I орын»,
    /// «Лидер отрасли»; may be empty.
    pub nomination: String,
    /// A line under the title, e.g. «Лидер отрасли»; may be empty.
    pub subtitle: String,
    /// The salutation, e.g. «Құрметті Әлібек Серікұлы!»; may be empty.
    pub salutation: String,
    /// The body text; blank lines separate paragraphs.
    pub body: String,
    /// The signatory's position.
    pub signatory_position: String,
    /// The signatory's name.
    pub signatory_name: String,
    /// Place and date line, e.g. «Алматы қ., 21.11.2026».
    pub place_date: String,
    /// The stamp-place mark, e.g. «М.О.»; may be empty.
    pub stamp_mark: String,
}

/// The verification printed on a document: a code to type and a QR code to scan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verification {
    /// The line printed under the QR code, e.g. «Тексеру коды / Код проверки: 26-0042-K3QX».
    pub label: String,
    /// What the QR code encodes.
    pub qr_payload: String,
}

/// An award document: one page in one or two languages.
#[derive(Debug, Clone, PartialEq)]
pub struct Award {
    /// Letter or framed.
    pub shape: AwardShape,
    /// A4 landscape instead of portrait.
    pub landscape: bool,
    /// The accent colour of titles, rules and frames.
    pub accent: Rgb,
    /// The office's name, one line per language, Kazakh first.
    pub office_names: Vec<String>,
    /// The emblem or logo, if any.
    pub logo: Option<Image>,
    /// The recipient's full name.
    pub recipient: String,
    /// The recipient's position and organisation; may be empty.
    pub organisation: String,
    /// The texts: one language, or Kazakh then Russian on one page.
    pub texts: Vec<AwardText>,
    /// The register number as printed, e.g. «№ АХ-2026/0042».
    pub number: String,
    /// The verification code and QR code, if the template shows them.
    pub verification: Option<Verification>,
}

/// A text box stacked on the page.
#[derive(Clone, Copy)]
struct Line<'a> {
    face: Face,
    sizes: (f32, f32),
    max_lines: usize,
    text: &'a str,
    color: Rgb,
    gap_before: f32,
    what: &'static str,
}

/// Lays out one award page.
pub fn award_page(award: &Award) -> Result<Page, PdfError> {
    let (width, height) = if award.landscape {
        (A4_HEIGHT_PT, A4_WIDTH_PT)
    } else {
        (A4_WIDTH_PT, A4_HEIGHT_PT)
    };
    let mut page = Page::new(width, height);
    let framed = award.shape == AwardShape::Framed;
    let side = if framed { mm(28.0) } else { mm(22.0) };
    let text_width = width - 2.0 * side;
    let mut y = height - if framed { mm(20.0) } else { mm(17.0) };

    // A frame with ornaments: heavy on diplomas and certificates, light
    // round a letter.
    let (inset, gap, outer) = if framed {
        (mm(8.0), mm(2.5), 3.0)
    } else {
        (mm(7.0), mm(1.6), 1.4)
    };
    page.double_frame(
        inset,
        gap,
        Stroke {
            width_pt: outer,
            color: award.accent,
        },
        Stroke {
            width_pt: 0.7,
            color: award.accent,
        },
    );
    ornaments(&mut page, inset + gap, award.accent, framed);

    // Letterhead: logo, office names, a rule.
    if let Some(logo) = &award.logo {
        let h = if framed { mm(20.0) } else { mm(22.0) };
        page.image(logo, (side, y - h), (text_width, h));
        y -= h + mm(3.0);
    }
    let office_size = if framed { 12.5 } else { 12.0 };
    for name in &award.office_names {
        y = stack(
            &mut page,
            &Line {
                face: Face::SerifBold,
                sizes: (office_size, 9.0),
                max_lines: 2,
                text: name,
                color: award.accent,
                gap_before: 0.0,
                what: "the office name",
            },
            (side, y),
            text_width,
        )?;
    }
    if !award.office_names.is_empty() && !framed {
        y -= mm(2.0);
        let rule = Stroke {
            width_pt: 1.2,
            color: award.accent,
        };
        page.line((side, y), (width - side, y), rule);
        page.line(
            (side, y - 2.5),
            (width - side, y - 2.5),
            Stroke::grey(0.4, 0.5),
        );
        y -= mm(4.0);
    }

    // Bottom part, laid out from the bottom edge up: footer, then signatures.
    let bottom = if framed { mm(16.0) } else { mm(14.0) };
    let footer_top = footer(&mut page, award, (side, bottom), text_width)?;
    let signatures_top = signatures(&mut page, award, footer_top + mm(4.0), side, text_width)?;
    let floor = signatures_top + mm(7.0);

    // Titles, recipient and texts; on a framed page the block is centred
    // vertically between the letterhead and the signatures afterwards.
    let block_start = page.item_count();
    let (title_size, ru_title_size) = if framed { (48.0, 24.0) } else { (30.0, 18.0) };
    for (i, text) in award.texts.iter().enumerate() {
        let first = i == 0;
        if !first && award.texts[0].title.trim() == text.title.trim() {
            continue;
        }
        y = stack(
            &mut page,
            &Line {
                face: Face::SerifBold,
                sizes: if first {
                    (title_size, 28.0)
                } else {
                    (ru_title_size, 14.0)
                },
                // A letter's title stays on one line (it shrinks first).
                max_lines: if framed || !first { 2 } else { 1 },
                text: &text.title,
                color: award.accent,
                gap_before: if first { mm(4.0) } else { 0.0 },
                what: "the title",
            },
            (side, y),
            text_width,
        )?;
    }
    // Nominations under the titles (once when the languages agree).
    for (i, text) in award.texts.iter().enumerate() {
        if i > 0 && award.texts[0].nomination.trim() == text.nomination.trim() {
            continue;
        }
        y = stack(
            &mut page,
            &Line {
                face: Face::SerifBold,
                sizes: if framed { (24.0, 14.0) } else { (18.0, 12.0) },
                max_lines: 2,
                text: &text.nomination,
                color: award.accent,
                gap_before: if i == 0 { mm(2.0) } else { 0.0 },
                what: "the nomination",
            },
            (side, y),
            text_width,
        )?;
    }
    for text in &award.texts {
        y = stack(
            &mut page,
            &Line {
                face: Face::SerifItalic,
                sizes: (if framed { 16.0 } else { 14.0 }, 9.0),
                max_lines: 2,
                text: &text.subtitle,
                color: Rgb::BLACK,
                gap_before: mm(1.5),
                what: "the subtitle",
            },
            (side, y),
            text_width,
        )?;
    }

    // Recipient and organisation.
    y = stack(
        &mut page,
        &Line {
            face: Face::SerifBold,
            // A long name shrinks to two lines, but not below the body's
            // size: then it wraps onto a third.
            sizes: if framed { (30.0, 16.0) } else { (22.0, 15.0) },
            max_lines: 2,
            text: &award.recipient,
            color: Rgb::BLACK,
            gap_before: mm(if framed { 6.0 } else { 5.0 }),
            what: "the recipient's name",
        },
        (side, y),
        text_width,
    )?;
    y = stack(
        &mut page,
        &Line {
            face: Face::SerifItalic,
            sizes: (13.0, 8.0),
            max_lines: 3,
            text: &award.organisation,
            color: Rgb::grey(0.15),
            gap_before: mm(1.0),
            what: "the organisation",
        },
        (side, y),
        text_width,
    )?;

    // Salutations and bodies share what is left, evenly between languages.
    let body_face = Face::SerifRegular;
    let m = FontMetrics::for_face(body_face)?;
    let salutation_m = FontMetrics::for_face(Face::SerifBold)?;
    let languages = award.texts.len().max(1) as f32;
    y -= mm(5.0);
    let share = (y - floor) / languages;
    if share < 0.0 {
        return Err(PdfError::DoesNotFit {
            what: "the recipient and the titles".to_owned(),
        });
    }
    let (max_body, align) = if framed {
        (16.0, TextAlign::Center)
    } else {
        (16.0, TextAlign::Justify)
    };
    for text in &award.texts {
        let box_top = y;
        if !text.salutation.trim().is_empty() {
            let fitted = fit_text(salutation_m, &text.salutation, text_width, 15.0, 10.0, 2);
            let lines = layout_lines(
                salutation_m,
                &text.salutation,
                fitted.size_pt,
                text_width,
                TextAlign::Center,
            );
            y -= draw_lines(
                &mut page,
                salutation_m,
                fitted.size_pt,
                1.25,
                (side, y),
                &lines,
            );
            y -= mm(2.0);
        }
        let body_height = share - (box_top - y) - mm(2.0);
        let body = text.body.trim();
        if !body.is_empty() {
            if body_height <= 0.0 {
                return Err(PdfError::DoesNotFit {
                    what: "the text".to_owned(),
                });
            }
            y = draw_body(
                &mut page,
                m,
                body,
                (side, y),
                (text_width, body_height),
                (max_body, 8.0),
                align,
            )?;
        }
        // The next language follows after a short rule.
        y = (y - mm(5.0)).max(floor);
        let (cx, half) = (width / 2.0, mm(15.0));
        if y > floor + mm(10.0) && !std::ptr::eq(text, award.texts.last().unwrap_or(text)) {
            page.line(
                (cx - half, y),
                (cx + half, y),
                Stroke {
                    width_pt: 0.8,
                    color: award.accent,
                },
            );
            y -= mm(5.0);
        }
    }
    // The block is centred between the letterhead and the signatures, so a
    // short text does not leave the lower half of the page empty.
    let spare = (y - floor).max(0.0);
    page.shift_items_since(block_start, -spare / 2.0);
    Ok(page)
}

/// Ornaments of the frame whose inner rule is `inset` from the page's edges:
/// a diamond in each corner with short rules along both sides, and a
/// diamond in the middle of the top and bottom rules of a framed page.
fn ornaments(page: &mut Page, inset: f32, accent: Rgb, framed: bool) {
    let (w, h) = (page.width_pt(), page.height_pt());
    let d = if framed { mm(2.6) } else { mm(1.8) };
    let arm = if framed { mm(22.0) } else { mm(14.0) };
    let off = mm(2.2);
    let stroke = Stroke {
        width_pt: if framed { 1.2 } else { 0.8 },
        color: accent,
    };
    let diamond = |page: &mut Page, (cx, cy): (f32, f32), r: f32| {
        page.fill_polygon(
            &[(cx, cy + r), (cx + r, cy), (cx, cy - r), (cx - r, cy)],
            accent,
        );
    };
    for (cx, cy, sx, sy) in [
        (inset, inset, 1.0, 1.0),
        (w - inset, inset, -1.0, 1.0),
        (inset, h - inset, 1.0, -1.0),
        (w - inset, h - inset, -1.0, -1.0),
    ] {
        let (ix, iy) = (cx + sx * off, cy + sy * off);
        diamond(page, (ix + sx * d, iy + sy * d), d);
        page.line((ix + sx * 2.2 * d, iy), (ix + sx * arm, iy), stroke);
        page.line((ix, iy + sy * 2.2 * d), (ix, iy + sy * arm), stroke);
    }
    if framed {
        for cy in [inset, h - inset] {
            diamond(page, (w / 2.0, cy), d * 0.9);
        }
    }
}

/// Draws a body of paragraphs separated by blank lines, fitted into a box
/// together; returns the y below it.
fn draw_body(
    page: &mut Page,
    m: &FontMetrics,
    body: &str,
    (x, top): (f32, f32),
    (width, height): (f32, f32),
    sizes: (f32, f32),
    align: TextAlign,
) -> Result<f32, PdfError> {
    const LINE_HEIGHT: f32 = 1.35;
    let paragraphs: Vec<String> = body
        .split("\n\n")
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .collect();
    // One size for all paragraphs: the largest at which they fit together, with
    // half a line between paragraphs.
    let mut size = sizes.0;
    loop {
        let total: f32 = paragraphs
            .iter()
            .map(|p| {
                fit_box(
                    m,
                    p,
                    (width, f32::MAX),
                    (size, size),
                    LINE_HEIGHT,
                    "the text",
                )
                .map(|f| f.lines.len() as f32 * size * LINE_HEIGHT)
            })
            .sum::<Result<f32, PdfError>>()?
            + (paragraphs.len().saturating_sub(1)) as f32 * size * 0.5;
        if total <= height + 1e-3 {
            break;
        }
        if size - 0.5 < sizes.1 - 1e-3 {
            return Err(PdfError::DoesNotFit {
                what: "the text".to_owned(),
            });
        }
        size -= 0.5;
    }
    let mut y = top;
    for (i, p) in paragraphs.iter().enumerate() {
        if i > 0 {
            y -= size * 0.5;
        }
        let lines = layout_lines(m, p, size, width, align);
        y -= draw_lines(page, m, size, LINE_HEIGHT, (x, y), &lines);
    }
    Ok(y)
}

/// Draws one fitted, centred text box below `top`; returns the y below it. An
/// empty text takes no room.
fn stack(
    page: &mut Page,
    line: &Line<'_>,
    (x, top): (f32, f32),
    width: f32,
) -> Result<f32, PdfError> {
    // Each line of a text with line breaks («position» / «organisation») is
    // stacked on its own.
    if line.text.trim().contains('\n') {
        let mut y = top;
        for (i, part) in line.text.trim().lines().enumerate() {
            let part_line = Line {
                text: part,
                gap_before: if i == 0 { line.gap_before } else { 0.0 },
                ..*line
            };
            y = stack(page, &part_line, (x, y), width)?;
        }
        return Ok(y);
    }
    let text = line.text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.is_empty() {
        return Ok(top);
    }
    let m = FontMetrics::for_face(line.face)?;
    let fitted = fit_text(m, &text, width, line.sizes.0, line.sizes.1, line.max_lines);
    let too_wide = fitted
        .lines
        .iter()
        .any(|l| m.text_width(l, fitted.size_pt) > width + 1e-3);
    if fitted.lines.len() > line.max_lines + 1 || too_wide {
        return Err(PdfError::DoesNotFit {
            what: line.what.to_owned(),
        });
    }
    let lines = layout_lines(m, &text, fitted.size_pt, width, TextAlign::Center);
    page.set_text_color(line.color);
    let top = top - line.gap_before;
    let used = draw_lines(page, m, fitted.size_pt, 1.2, (x, top), &lines);
    page.set_text_color(Rgb::BLACK);
    Ok(top - used)
}

/// The signature block: position(s) on the left, the signature line with the
/// stamp's place («М.О.») over it, the name on the right. Returns the top of
/// the block.
fn signatures(
    page: &mut Page,
    award: &Award,
    bottom: f32,
    x: f32,
    width: f32,
) -> Result<f32, PdfError> {
    let sans = FontMetrics::for_face(Face::SerifRegular)?;
    let bold = FontMetrics::for_face(Face::SerifBold)?;
    let size = 11.0;
    let lh = size * 1.25;
    let position_width = width * 0.48;
    let mut position_lines = Vec::new();
    for text in &award.texts {
        let p = text.signatory_position.trim();
        if !p.is_empty() {
            let fitted = fit_text(sans, p, position_width, size, 8.0, 3);
            position_lines.extend(fitted.lines.into_iter().map(|l| (l, fitted.size_pt)));
        }
    }
    let name = award
        .texts
        .first()
        .map(|t| t.signatory_name.trim())
        .unwrap_or_default();
    // At least two rows: the stamp's place stands over the signature line.
    let rows = position_lines.len().max(2) as f32;
    let top = bottom + rows * lh;
    // The position's last line stands level with the name.
    let mut baseline = top - sans.ascent(size) - (rows - position_lines.len().max(1) as f32) * lh;
    for (line, line_size) in &position_lines {
        page.text(Face::SerifRegular, *line_size, x, baseline, line);
        baseline -= lh;
    }
    // The name is aligned with the last position line, a signature line before it.
    let name_baseline = bottom + (lh - sans.ascent(size)).max(0.0) / 2.0 + 2.0;
    if !name.is_empty() {
        let fitted = fit_text(bold, name, width * 0.3, size, 8.0, 1);
        let line = fitted.lines.join(" ");
        let w = bold.text_width(&line, fitted.size_pt);
        page.text(
            Face::SerifBold,
            fitted.size_pt,
            x + width - w,
            name_baseline,
            &line,
        );
        let line_end = x + width - w - mm(3.0);
        let line_start = line_end - mm(35.0);
        page.line(
            (line_start, name_baseline - 2.0),
            (line_end, name_baseline - 2.0),
            Stroke::grey(0.5, 0.3),
        );
        // The stamp's place over the signature line («М.О.» / «М.П.»).
        if let Some(mark) = award
            .texts
            .first()
            .map(|t| t.stamp_mark.trim())
            .filter(|m| !m.is_empty())
        {
            let mw = bold.text_width(mark, 10.0);
            page.text(
                Face::SerifBold,
                10.0,
                (line_start + line_end) / 2.0 - mw / 2.0,
                name_baseline + mm(6.0),
                mark,
            );
        }
    }
    if position_lines.is_empty() && name.is_empty() {
        return Ok(bottom);
    }
    Ok(top)
}

/// The footer: number and date in the lower left corner, the QR code and the
/// verification line in the lower right. Returns the top of the footer.
fn footer(
    page: &mut Page,
    award: &Award,
    (x, bottom): (f32, f32),
    width: f32,
) -> Result<f32, PdfError> {
    let sans = FontMetrics::for_face(Face::SerifRegular)?;
    let size = 9.5;
    let lh = size * 1.3;
    let qr_side = mm(24.0);
    let mut top = bottom + 2.0 * lh;
    let text_right = if award.verification.is_some() {
        x + width - qr_side - mm(4.0)
    } else {
        x + width
    };
    let mut lines: Vec<&str> = vec![award.number.as_str()];
    if let Some(first) = award.texts.first() {
        lines.push(first.place_date.as_str());
    }
    let mut baseline = bottom + lh * (lines.len() as f32 - 1.0) + 2.0;
    for line in lines {
        let fitted = fit_text(sans, line, (text_right - x) * 0.6, size, 7.0, 1);
        page.text(
            Face::SerifRegular,
            fitted.size_pt,
            x,
            baseline,
            &fitted.lines.join(" "),
        );
        baseline -= lh;
    }
    if let Some(v) = &award.verification {
        let label_size = 6.5;
        let label = fit_text(sans, &v.label, qr_side + mm(16.0), label_size, 5.0, 2);
        let label_height = label.lines.len() as f32 * label.size_pt * 1.2;
        let qr_y = bottom + label_height;
        draw_qr(page, &v.qr_payload, (x + width - qr_side, qr_y), qr_side)?;
        let mut baseline = bottom + label_height - label.size_pt;
        for line in &label.lines {
            let w = sans.text_width(line, label.size_pt);
            page.text(
                Face::SerifRegular,
                label.size_pt,
                x + width - qr_side / 2.0 - w / 2.0,
                baseline,
                line,
            );
            baseline -= label.size_pt * 1.2;
        }
        top = top.max(qr_y + qr_side * 0.85);
    }
    Ok(top)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::render_pdf;

    pub(crate) fn sample(shape: AwardShape, landscape: bool, texts: usize) -> Award {
        let kk = AwardText {
            title: "АЛҒЫС ХАТ".to_owned(),
            nomination: String::new(),
            subtitle: String::new(),
            salutation: "Құрметті Әлібек Серікұлы!".to_owned(),
            body:
                "Алматы облысы прокуратурасының жобалық кеңсесі Сізге «Құқықтық тәртіп әліппесі» \
                   жобасына белсенді қатысқаныңыз үшін алғыс білдіреді."
                    .to_owned(),
            signatory_position: "Жобалық кеңсенің басшысы".to_owned(),
            signatory_name: "Н. Килыбай".to_owned(),
            place_date: "Алматы қ., 21.11.2026".to_owned(),
            stamp_mark: "М.О.".to_owned(),
        };
        let ru = AwardText {
            title: "БЛАГОДАРСТВЕННОЕ ПИСЬМО".to_owned(),
            salutation: "Уважаемый Әлібек Серікұлы!".to_owned(),
            body: "Проектный офис прокуратуры Алматинской области выражает Вам благодарность \
                   за активное участие в проекте «Азбука правопорядка»."
                .to_owned(),
            signatory_position: "Руководитель проектного офиса".to_owned(),
            place_date: "г. Алматы, 21.11.2026".to_owned(),
            ..kk.clone()
        };
        Award {
            shape,
            landscape,
            accent: Rgb::from_hex("#1F3A68").unwrap(),
            office_names: vec![
                "Алматы облысы прокуратурасының жобалық кеңсесі".to_owned(),
                "Проектный офис прокуратуры Алматинской области".to_owned(),
            ],
            logo: None,
            recipient: "Әлденей Әлібек Серікұлы".to_owned(),
            organisation: "«Жас Өркен» қоғамдық бірлестігі, төраға".to_owned(),
            texts: [kk, ru].into_iter().take(texts).collect(),
            number: "№ АХ-2026/0042".to_owned(),
            verification: Some(Verification {
                label: "Тексеру коды / Код проверки: 26-0042-K3QX".to_owned(),
                qr_payload: "KENSE АХ-2026/0042 26-0042-K3QX".to_owned(),
            }),
        }
    }

    /// Every text run lies inside the page with a margin.
    fn assert_inside(page: &Page) {
        for (face, size, (x, baseline), text) in page.text_runs() {
            let w = FontMetrics::for_face(face).unwrap().text_width(text, size);
            assert!(
                x >= mm(8.0) && x + w <= page.width_pt() - mm(8.0),
                "{text}: x {x}, w {w}"
            );
            assert!(
                baseline >= mm(8.0) && baseline + size <= page.height_pt() - mm(5.0),
                "{text}: baseline {baseline}"
            );
        }
    }

    #[test]
    fn every_shape_and_language_count_lays_out_inside_the_page() {
        for (shape, landscape) in [
            (AwardShape::Letter, false),
            (AwardShape::Framed, true),
            (AwardShape::Framed, false),
        ] {
            for texts in [1, 2] {
                let page = award_page(&sample(shape, landscape, texts)).unwrap();
                assert_inside(&page);
                let all: String = page.text_runs().map(|r| r.3).collect::<Vec<_>>().join(" ");
                assert!(all.contains("Әлденей Әлібек Серікұлы"), "{all}");
                assert!(all.contains("АЛҒЫС ХАТ"));
                assert_eq!(all.contains("БЛАГОДАРСТВЕННОЕ"), texts == 2);
            }
        }
    }

    #[test]
    fn a_120_character_name_and_organisation_shrink_to_fit() {
        let mut award = sample(AwardShape::Framed, true, 2);
        award.recipient = "Әлденейқызы-Сейітқұлова Нұрдаулетхан Ғабдулқайырұлы Өтегенова-Ұлықбекова Һәмидолла Іңкәрқызы Айгерім".to_owned();
        award.organisation = "Қазақстан Республикасы Бас прокуратурасының Құқықтық статистика және арнайы есепке алу жөніндегі комитеті".to_owned();
        assert!(award.recipient.chars().count() >= 100);
        let page = award_page(&award).unwrap();
        assert_inside(&page);
        let words: Vec<&str> = page.text_runs().map(|r| r.3).collect();
        for word in award.recipient.split(' ') {
            assert!(words.iter().any(|w| w.contains(word)), "{word} lost");
        }
        render_pdf("long", &[page]).unwrap();
    }

    #[test]
    fn a_framed_page_has_a_48_pt_title_a_readable_office_name_and_the_stamp_over_the_signature() {
        for texts in [1, 2] {
            let mut award = sample(AwardShape::Framed, true, texts);
            award.texts[0].title = "ДИПЛОМ".to_owned();
            let page = award_page(&award).unwrap();
            let runs: Vec<_> = page.text_runs().collect();
            let size_of = |needle: &str| {
                runs.iter()
                    .find(|r| r.3.contains(needle))
                    .map(|r| r.1)
                    .unwrap_or_else(|| panic!("{needle} not printed"))
            };
            assert!(size_of("ДИПЛОМ") >= 48.0);
            assert!(size_of("жобалық кеңсесі") >= 12.0, "the office's name");
            let at = |needle: &str| runs.iter().find(|r| r.3.contains(needle)).unwrap().2;
            let stamp = at("М.О.");
            let name = at("Н. Килыбай");
            let number = at("№ АХ-2026/0042");
            // The stamp's place stands over the signature line, left of the
            // name, above the number line.
            assert!(
                stamp.1 > name.1 && stamp.1 < name.1 + mm(12.0),
                "{stamp:?} {name:?}"
            );
            assert!(stamp.0 < name.0);
            assert!(stamp.1 > number.1 + mm(8.0));
            // The QR code is in the lower right corner, below the signature.
            let (_, [qx, qy, qw, qh]) = page.images().next().unwrap();
            assert!(qy + qh < name.1, "the QR code is under the signature block");
            assert!(qx + qw > page.width_pt() - mm(40.0) && qy < mm(40.0));
        }
    }

    #[test]
    fn an_80_character_name_wraps_at_the_body_size_instead_of_shrinking() {
        // A portrait certificate: two lines of this name would need 15 pt.
        let mut award = sample(AwardShape::Framed, false, 1);
        award.recipient = "Сейітқұлова-Әлденейқызы Нұрдаулетхан Ғабдулқайырқызы Өтегенова-Ұлықбекова Айгерім-Іңкәр Жанұзаққызы Бекмұхамбетова".to_owned();
        assert!(award.recipient.chars().count() >= 100);
        let page = award_page(&award).unwrap();
        let name_runs: Vec<_> = page
            .text_runs()
            .filter(|r| {
                r.0 == Face::SerifBold && (r.3.contains("Нұрдаулетхан") || r.3.contains("Айгерім"))
            })
            .collect();
        assert!(!name_runs.is_empty());
        for r in &name_runs {
            assert!(r.1 >= 16.0, "{} pt: {}", r.1, r.3);
        }
    }

    #[test]
    fn a_body_too_long_for_the_page_is_an_error_naming_it() {
        let mut award = sample(AwardShape::Letter, false, 1);
        award.texts[0].body = "Өте ұзын мәтін. ".repeat(2000);
        let err = award_page(&award).unwrap_err();
        assert!(
            matches!(&err, PdfError::DoesNotFit { what } if what == "the text"),
            "{err}"
        );
    }
}
