//! Paragraph layout: aligned and justified lines, and shrink-to-fit into a box.

use crate::document::Page;
use crate::error::PdfError;
use crate::measure::FontMetrics;
use crate::wrap::{FittedText, wrap_hyphenated, wrap_text};

/// Horizontal alignment of the lines of a paragraph or table cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TextAlign {
    /// Flush left.
    #[default]
    Left,
    /// Centred.
    Center,
    /// Flush right.
    Right,
    /// Flush left and right by widening the spaces; the last line is flush left.
    Justify,
}

/// One laid-out line: its words and their x offsets from the left edge of the box.
#[derive(Debug, Clone, PartialEq)]
pub struct LaidLine {
    /// `(x offset, text)` of each run on the line.
    pub runs: Vec<(f32, String)>,
}

/// Breaks `text` into lines of at most `width` points and positions them as
/// `align` says. Justified lines are drawn word by word so that the last word of
/// every line but the last ends exactly at `width`; their words are hyphenated
/// ([`crate::hyphen`]) so the spaces stay narrow.
pub fn layout_lines(
    metrics: &FontMetrics,
    text: &str,
    size_pt: f32,
    width: f32,
    align: TextAlign,
) -> Vec<LaidLine> {
    let lines = if align == TextAlign::Justify {
        wrap_hyphenated(metrics, text, size_pt, width)
    } else {
        wrap_text(metrics, text, size_pt, width)
    };
    let count = lines.len();
    lines
        .into_iter()
        .enumerate()
        .map(|(i, line)| {
            let line_width = metrics.text_width(&line, size_pt);
            let runs = match align {
                TextAlign::Left => vec![(0.0, line)],
                TextAlign::Center => vec![((width - line_width) / 2.0, line)],
                TextAlign::Right => vec![(width - line_width, line)],
                TextAlign::Justify if i + 1 == count => vec![(0.0, line)],
                TextAlign::Justify => justify(metrics, &line, size_pt, width),
            };
            LaidLine { runs }
        })
        .collect()
}

/// Spreads the words of `line` so that it spans `width` exactly.
fn justify(metrics: &FontMetrics, line: &str, size_pt: f32, width: f32) -> Vec<(f32, String)> {
    let words: Vec<&str> = line.split(' ').collect();
    if words.len() < 2 {
        return vec![(0.0, line.to_owned())];
    }
    let widths: Vec<f32> = words
        .iter()
        .map(|w| metrics.text_width(w, size_pt))
        .collect();
    let gap = (width - widths.iter().sum::<f32>()) / (words.len() - 1) as f32;
    let mut x = 0.0;
    let last = words.len() - 1;
    words
        .iter()
        .zip(&widths)
        .enumerate()
        .map(|(i, (word, w))| {
            // The last word is anchored to the right edge, free of rounding drift.
            let at = if i == last { width - w } else { x };
            x += w + gap;
            (at, (*word).to_owned())
        })
        .collect()
}

/// Vertical metrics of a line box `line_height` times the font size tall.
fn baseline_offset(metrics: &FontMetrics, size_pt: f32, line_height: f32) -> f32 {
    let lh = size_pt * line_height;
    let (asc, desc) = (metrics.ascent(size_pt), metrics.descent(size_pt));
    (lh - asc - desc) / 2.0 + asc
}

/// Draws laid-out `lines` into the box whose top-left corner is (`x`, `top`),
/// one line box of `size_pt × line_height` each; returns the height used.
pub fn draw_lines(
    page: &mut Page,
    metrics: &FontMetrics,
    size_pt: f32,
    line_height: f32,
    (x, top): (f32, f32),
    lines: &[LaidLine],
) -> f32 {
    let lh = size_pt * line_height;
    let first = top - baseline_offset(metrics, size_pt, line_height);
    for (i, line) in lines.iter().enumerate() {
        let baseline = first - i as f32 * lh;
        for (dx, run) in &line.runs {
            page.text(metrics.face(), size_pt, x + dx, baseline, run);
        }
    }
    lines.len() as f32 * lh
}

/// Finds the largest size from `max_size_pt` down to `min_size_pt` (half-point
/// steps) at which `text` wraps into a `width` × `height` box with no word broken,
/// lines being `line_height` times the size apart. Fails with
/// [`PdfError::DoesNotFit`] naming `what` rather than overflowing the box.
pub fn fit_box(
    metrics: &FontMetrics,
    text: &str,
    (width, height): (f32, f32),
    (max_size_pt, min_size_pt): (f32, f32),
    line_height: f32,
    what: &str,
) -> Result<FittedText, PdfError> {
    let mut size_pt = max_size_pt;
    while size_pt >= min_size_pt - 1e-3 {
        let words_fit = text
            .split_whitespace()
            .all(|w| metrics.text_width(w, size_pt) <= width + 1e-3);
        if words_fit {
            let lines = wrap_text(metrics, text, size_pt, width);
            if lines.len() as f32 * size_pt * line_height <= height + 1e-3 {
                return Ok(FittedText { size_pt, lines });
            }
        }
        size_pt -= 0.5;
    }
    Err(PdfError::DoesNotFit {
        what: what.to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fonts::Face;

    const TEXT: &str = "Қазақстан Республикасы Бас прокуратурасының жобалық кеңсесі сіздің \
        белсенді қатысуыңыз бен жобаны табысты іске асыруға қосқан үлесіңіз үшін алғыс \
        білдіреді. Проектный офис выражает благодарность за активное участие и вклад в \
        успешную реализацию проекта.";

    #[test]
    fn justified_lines_end_at_the_right_margin_except_the_last() {
        let m = FontMetrics::for_face(Face::SerifRegular).unwrap();
        let width = 300.0;
        let lines = layout_lines(m, TEXT, 12.0, width, TextAlign::Justify);
        assert!(lines.len() > 3);
        for (i, line) in lines.iter().enumerate() {
            let (x0, _) = &line.runs[0];
            assert!(x0.abs() < 1e-3, "line {i} starts at {x0}");
            let (x, last) = line.runs.last().unwrap();
            let end = x + m.text_width(last, 12.0);
            if i + 1 < lines.len() {
                assert!((end - width).abs() <= 0.5, "line {i} ends at {end}");
                // Words never overlap.
                for pair in line.runs.windows(2) {
                    let gap = pair[1].0 - (pair[0].0 + m.text_width(&pair[0].1, 12.0));
                    assert!(gap >= m.text_width(" ", 12.0) - 1e-3, "gap {gap}");
                }
            } else {
                assert_eq!(line.runs.len(), 1, "last line is one left-aligned run");
                assert!(end < width);
            }
        }
    }

    #[test]
    fn centred_and_right_lines_are_anchored() {
        let m = FontMetrics::for_face(Face::SansRegular).unwrap();
        let w = m.text_width("Алғыс хат", 14.0);
        let c = layout_lines(m, "Алғыс хат", 14.0, 200.0, TextAlign::Center);
        assert!((c[0].runs[0].0 - (200.0 - w) / 2.0).abs() < 1e-3);
        let r = layout_lines(m, "Алғыс хат", 14.0, 200.0, TextAlign::Right);
        assert!((r[0].runs[0].0 - (200.0 - w)).abs() < 1e-3);
    }

    #[test]
    fn fit_box_shrinks_then_wraps_then_fails() {
        let m = FontMetrics::for_face(Face::SerifBold).unwrap();
        let short = fit_box(
            m,
            "Әлия Сейітқызы",
            (300.0, 40.0),
            (28.0, 12.0),
            1.2,
            "name",
        )
        .unwrap();
        assert_eq!((short.size_pt, short.lines.len()), (28.0, 1));
        let long = fit_box(m, TEXT, (300.0, 80.0), (28.0, 8.0), 1.2, "name").unwrap();
        assert!(long.size_pt < 28.0);
        assert!(long.lines.len() as f32 * long.size_pt * 1.2 <= 80.0 + 1e-3);
        for line in &long.lines {
            assert!(m.text_width(line, long.size_pt) <= 300.0 + 1e-3);
        }
        assert!(matches!(
            fit_box(m, TEXT, (300.0, 30.0), (28.0, 12.0), 1.2, "the name"),
            Err(PdfError::DoesNotFit { .. })
        ));
    }
}
