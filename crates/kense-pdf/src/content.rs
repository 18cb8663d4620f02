//! A page's content stream, written straight from its drawing items.
//!
//! printpdf turns every operation into a list of PDF objects and then into
//! text, allocating for each number; for a batch of 1,000 certificates that
//! was a third of the time. The operators written here are the ones printpdf
//! wrote for the same items (`RG w m l S`, `re S`, `rg … h f`, `q cm Do Q`,
//! `BT rg Tf Tm Tj ET`), with numbers rounded to 1/1000 — a micrometre on
//! the page, far below what a printer can place. Pages are independent, so
//! a batch writes them on all cores.

use std::io::Write as _;

use crate::document::{Item, Page, Rgb, Stroke, font_id, image_id};
use crate::fontset::FontSet;

/// The content stream of `page`: strokes, fills and images in drawing
/// order, then all text in one text object. Text is written as the glyph
/// codes of `fonts` (two bytes each, `Identity-H`); a character `fonts` was
/// not prepared for is written as glyph 0, as printpdf did (the caller checks
/// every run against `fonts` first).
pub(crate) fn page_content(page: &Page, fonts: &FontSet) -> Vec<u8> {
    let mut out = Vec::with_capacity(256 + 48 * page.items.len());
    let mut stroke_state: Option<Stroke> = None;
    let mut set_stroke = |out: &mut Vec<u8>, stroke: Stroke| {
        if stroke_state != Some(stroke) {
            color(out, stroke.color, b"RG");
            num(out, stroke.width_pt);
            out.extend_from_slice(b" w\n");
            stroke_state = Some(stroke);
        }
    };
    for item in &page.items {
        match item {
            Item::Line { from, to, stroke } => {
                set_stroke(&mut out, *stroke);
                point(&mut out, *from, b"m");
                point(&mut out, *to, b"l");
                out.extend_from_slice(b"S\n");
            }
            Item::Frame {
                x,
                y,
                width,
                height,
                stroke,
            } => {
                set_stroke(&mut out, *stroke);
                nums(&mut out, &[*x, *y, *width, *height]);
                out.extend_from_slice(b"re\nS\n");
            }
            Item::Image { image, rect } => {
                let [x, y, width, _] = *rect;
                let scale = width / image.width_px().max(1) as f32;
                out.extend_from_slice(b"q\n");
                nums(
                    &mut out,
                    &[
                        image.width_px() as f32 * scale,
                        0.0,
                        0.0,
                        image.height_px() as f32 * scale,
                        x,
                        y,
                    ],
                );
                out.extend_from_slice(b"cm\n/");
                out.extend_from_slice(image_id(image).0.as_bytes());
                out.extend_from_slice(b" Do\nQ\n");
            }
            Item::Fill { rings, color: c } => {
                color(&mut out, *c, b"rg");
                for ring in rings {
                    let mut points = ring.iter();
                    if let Some(&first) = points.next() {
                        point(&mut out, first, b"m");
                        for &p in points {
                            point(&mut out, p, b"l");
                        }
                    }
                }
                out.extend_from_slice(b"h\nf\n");
            }
            Item::Text { .. } => {}
        }
    }

    let mut text_state: Option<(crate::fonts::Face, f32)> = None;
    let mut text_color: Option<Rgb> = None;
    let mut in_text = false;
    for item in &page.items {
        let Item::Text {
            face,
            size_pt,
            x,
            baseline,
            text,
            color: c,
        } = item
        else {
            continue;
        };
        if !in_text {
            out.extend_from_slice(b"BT\n");
            in_text = true;
        }
        if text_color != Some(*c) {
            color(&mut out, *c, b"rg");
            text_color = Some(*c);
        }
        if text_state != Some((*face, *size_pt)) {
            out.push(b'/');
            out.extend_from_slice(font_id(*face).0.as_bytes());
            out.push(b' ');
            num(&mut out, *size_pt);
            out.extend_from_slice(b" Tf\n");
            text_state = Some((*face, *size_pt));
        }
        out.extend_from_slice(b"1 0 0 1 ");
        nums(&mut out, &[*x, *baseline]);
        out.extend_from_slice(b"Tm\n<");
        let font = fonts.get(*face);
        for ch in text.chars() {
            let code = font.map_or(0, |f| f.code(ch));
            hex4(&mut out, code);
        }
        out.extend_from_slice(b"> Tj\n");
    }
    if in_text {
        out.extend_from_slice(b"ET\n");
    }
    out
}

/// `x y op`.
fn point(out: &mut Vec<u8>, (x, y): (f32, f32), op: &[u8]) {
    nums(out, &[x, y]);
    out.extend_from_slice(op);
    out.push(b'\n');
}

/// `r g b op`.
fn color(out: &mut Vec<u8>, c: Rgb, op: &[u8]) {
    nums(out, &[c.r, c.g, c.b]);
    out.extend_from_slice(op);
    out.push(b'\n');
}

/// Each of `values` followed by a space.
fn nums(out: &mut Vec<u8>, values: &[f32]) {
    for &v in values {
        num(out, v);
        out.push(b' ');
    }
}

/// `v` rounded to three decimals, without trailing zeros («12.5», «-0.25»,
/// «3»). Not finite, it is written as 0 (PDF has no NaN or infinity).
pub(crate) fn num(out: &mut Vec<u8>, v: f32) {
    let thousandths = f64::from(v) * 1000.0;
    if !thousandths.is_finite() || thousandths.abs() >= 9.0e15 {
        out.push(b'0');
        return;
    }
    let scaled = thousandths.round() as i64;
    if scaled < 0 {
        out.push(b'-');
    }
    let abs = scaled.unsigned_abs();
    let (whole, mut frac) = (abs / 1000, abs % 1000);
    let _ = write!(out, "{whole}");
    if frac != 0 {
        out.push(b'.');
        let mut digits = 3;
        while frac % 10 == 0 {
            frac /= 10;
            digits -= 1;
        }
        let mut buf = [b'0'; 3];
        for slot in buf[..digits].iter_mut().rev() {
            *slot = b'0' + (frac % 10) as u8;
            frac /= 10;
        }
        out.extend_from_slice(&buf[..digits]);
    }
}

/// `code` as four upper-case hexadecimal digits.
fn hex4(out: &mut Vec<u8>, code: u16) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for shift in [12, 8, 4, 0] {
        out.push(HEX[usize::from((code >> shift) & 0xF)]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(v: f32) -> String {
        let mut out = Vec::new();
        num(&mut out, v);
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn numbers_are_written_short_and_rounded_to_thousandths() {
        assert_eq!(written(3.0), "3");
        assert_eq!(written(12.5), "12.5");
        assert_eq!(written(-0.25), "-0.25");
        assert_eq!(written(595.2756), "595.276");
        assert_eq!(written(0.0004), "0");
        assert_eq!(written(-0.0004), "0");
        assert_eq!(written(0.05), "0.05");
        assert_eq!(written(841.8898), "841.89");
        assert_eq!(written(f32::NAN), "0");
    }

    #[test]
    fn glyph_codes_are_four_hex_digits() {
        let mut out = Vec::new();
        hex4(&mut out, 0x00A3);
        hex4(&mut out, 0xBEEF);
        assert_eq!(out, b"00A3BEEF");
    }
}
