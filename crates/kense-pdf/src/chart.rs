//! Vector charts drawn straight onto a page: stacked columns (e.g. events per
//! week by kind) and horizontal bars (e.g. reach by category), with a title,
//! axis ticks, value labels and a legend. A [`Chart`] is also a flow block
//! ([`crate::Block::Chart`]).

use crate::document::{Align, Page, Rgb, Stroke};
use crate::error::PdfError;
use crate::fonts::Face;
use crate::measure::FontMetrics;

/// Eleven distinct colours that stay apart in print and for most colour-blind
/// readers (a Tableau-like palette).
pub const PALETTE: [Rgb; 11] = [
    rgb(0x1F, 0x77, 0xB4),
    rgb(0xFF, 0x7F, 0x0E),
    rgb(0x2C, 0xA0, 0x2C),
    rgb(0xD6, 0x27, 0x28),
    rgb(0x94, 0x67, 0xBD),
    rgb(0x8C, 0x56, 0x4B),
    rgb(0xE3, 0x77, 0xC2),
    rgb(0x7F, 0x7F, 0x7F),
    rgb(0xBC, 0xBD, 0x22),
    rgb(0x17, 0xBE, 0xCF),
    rgb(0x1F, 0x3A, 0x68),
];

const fn rgb(r: u8, g: u8, b: u8) -> Rgb {
    Rgb {
        r: r as f32 / 255.0,
        g: g as f32 / 255.0,
        b: b as f32 / 255.0,
    }
}

const AXIS: Stroke = Stroke::grey(0.6, 0.35);
const GRID: Stroke = Stroke::grey(0.3, 0.8);
const LABEL_GREY: Rgb = Rgb::grey(0.25);
const TITLE_PT: f32 = 11.0;
const LABEL_PT: f32 = 7.5;

/// One coloured series of a stacked column chart.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    /// The name in the legend.
    pub name: String,
    /// Its colour.
    pub color: Rgb,
    /// One value per column.
    pub values: Vec<f64>,
}

/// What a chart shows.
#[derive(Debug, Clone, PartialEq)]
pub enum ChartKind {
    /// Columns, one per label, each a stack of the series' values.
    StackedColumns {
        /// The label under each column.
        labels: Vec<String>,
        /// The stacked series, bottom first.
        series: Vec<Series>,
    },
    /// One horizontal bar per label, the value written after the bar.
    HorizontalBars {
        /// The label before each bar.
        labels: Vec<String>,
        /// The bar lengths.
        values: Vec<f64>,
        /// The bars' colour.
        color: Rgb,
    },
}

/// A chart with a title, drawn in a box of the full content width.
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    /// The title above the chart.
    pub title: String,
    /// The height of the whole chart in points.
    pub height_pt: f32,
    /// What it shows.
    pub kind: ChartKind,
}

impl Chart {
    /// A horizontal bar chart just tall enough for its bars.
    pub fn horizontal_bars(title: &str, labels: Vec<String>, values: Vec<f64>, color: Rgb) -> Self {
        let n = labels.len().max(1) as f32;
        Self {
            title: title.to_owned(),
            height_pt: TITLE_PT * 2.0 + n * 15.0 + 6.0,
            kind: ChartKind::HorizontalBars {
                labels,
                values,
                color,
            },
        }
    }
}

/// A round axis maximum at or above `max` and its tick step (1, 2 or 5 × 10ⁿ,
/// at most about five ticks).
pub fn nice_scale(max: f64) -> (f64, f64) {
    if !max.is_finite() || max <= 0.0 {
        return (1.0, 1.0);
    }
    let raw = max / 5.0;
    let magnitude = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .iter()
        .map(|m| m * magnitude)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * magnitude)
        .max(1.0);
    ((max / step).ceil() * step, step)
}

/// A number for a label: no decimals, thin groups of thousands.
pub fn number_label(v: f64) -> String {
    let n = v.round() as i64;
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('\u{a0}');
        }
        out.push(c);
    }
    if n < 0 { format!("-{out}") } else { out }
}

/// `text` cut with «…» to fit `width` points.
fn ellipsize(m: &FontMetrics, text: &str, size: f32, width: f32) -> String {
    if m.text_width(text, size) <= width {
        return text.to_owned();
    }
    let mut cut: String = text.to_owned();
    while !cut.is_empty() {
        cut.pop();
        let candidate = format!("{}…", cut.trim_end());
        if m.text_width(&candidate, size) <= width {
            return candidate;
        }
    }
    String::new()
}

/// Draws `chart` in the box whose top-left corner is (`left`, `top`), `width`
/// points wide and `chart.height_pt` tall.
pub fn draw_chart(
    page: &mut Page,
    chart: &Chart,
    (left, top): (f32, f32),
    width: f32,
) -> Result<(), PdfError> {
    let bold = FontMetrics::for_face(Face::SansBold)?;
    let sans = FontMetrics::for_face(Face::SansRegular)?;
    page.set_text_color(Rgb::BLACK);
    page.aligned_text(
        bold,
        TITLE_PT,
        (left, top - TITLE_PT),
        Align::Left,
        &ellipsize(bold, &chart.title, TITLE_PT, width),
    );
    let body_top = top - TITLE_PT * 1.8;
    let bottom = top - chart.height_pt;
    match &chart.kind {
        ChartKind::StackedColumns { labels, series } => {
            draw_columns(page, sans, labels, series, (left, body_top, width, bottom));
        }
        ChartKind::HorizontalBars {
            labels,
            values,
            color,
        } => draw_bars(
            page,
            sans,
            labels,
            values,
            *color,
            (left, body_top, width, bottom),
        ),
    }
    page.set_text_color(Rgb::BLACK);
    Ok(())
}

/// Lays out the legend entries in lines; returns `(x, line)` per entry and
/// the number of lines.
fn legend_layout(m: &FontMetrics, names: &[&str], width: f32) -> (Vec<(f32, usize)>, usize) {
    let swatch = LABEL_PT;
    let mut placed = Vec::new();
    let (mut x, mut line) = (0.0, 0);
    for name in names {
        let w = swatch + 3.0 + m.text_width(name, LABEL_PT) + 10.0;
        if x > 0.0 && x + w > width {
            x = 0.0;
            line += 1;
        }
        placed.push((x, line));
        x += w;
    }
    (placed, if names.is_empty() { 0 } else { line + 1 })
}

fn draw_columns(
    page: &mut Page,
    m: &FontMetrics,
    labels: &[String],
    series: &[Series],
    (left, top, width, bottom): (f32, f32, f32, f32),
) {
    let names: Vec<&str> = series.iter().map(|s| s.name.as_str()).collect();
    let (legend, legend_lines) = legend_layout(m, &names, width);
    let legend_h = legend_lines as f32 * LABEL_PT * 1.6;
    // Legend at the bottom.
    page.set_text_color(LABEL_GREY);
    for ((x, line), s) in legend.iter().zip(series) {
        let y = bottom + legend_h - (*line as f32 + 1.0) * LABEL_PT * 1.6 + 2.0;
        page.fill_rect((left + x, y), (LABEL_PT, LABEL_PT), s.color);
        page.text(
            Face::SansRegular,
            LABEL_PT,
            left + x + LABEL_PT + 3.0,
            y + 1.0,
            &s.name,
        );
    }
    let totals: Vec<f64> = (0..labels.len())
        .map(|i| {
            series
                .iter()
                .map(|s| s.values.get(i).copied().unwrap_or(0.0).max(0.0))
                .sum()
        })
        .collect();
    let (max, step) = nice_scale(totals.iter().copied().fold(0.0, f64::max));
    let axis_w = m.text_width(&number_label(max), LABEL_PT) + 6.0;
    let plot_left = left + axis_w;
    let plot_w = width - axis_w;
    let plot_bottom = bottom + legend_h + LABEL_PT * 2.4;
    let plot_top = top - LABEL_PT;
    let plot_h = (plot_top - plot_bottom).max(1.0);
    let y_of = |v: f64| plot_bottom + (v / max) as f32 * plot_h;
    // Grid and ticks.
    let mut tick = 0.0;
    while tick <= max + 1e-9 {
        let y = y_of(tick);
        page.line((plot_left, y), (plot_left + plot_w, y), GRID);
        page.aligned_text(
            m,
            LABEL_PT,
            (plot_left - 4.0, y - LABEL_PT * 0.3),
            Align::Right,
            &number_label(tick),
        );
        tick += step;
    }
    page.line(
        (plot_left, plot_bottom),
        (plot_left + plot_w, plot_bottom),
        AXIS,
    );
    page.line((plot_left, plot_bottom), (plot_left, plot_top), AXIS);
    let n = labels.len().max(1);
    let slot = plot_w / n as f32;
    let bar_w = slot * 0.7;
    // Show every k-th label so they do not collide.
    let widest = labels
        .iter()
        .map(|l| m.text_width(l, LABEL_PT))
        .fold(0.0, f32::max);
    let every = ((widest + 4.0) / slot).ceil().max(1.0) as usize;
    for (i, label) in labels.iter().enumerate() {
        let x = plot_left + slot * i as f32 + (slot - bar_w) / 2.0;
        let mut base = 0.0;
        for s in series {
            let v = s.values.get(i).copied().unwrap_or(0.0).max(0.0);
            if v > 0.0 {
                let (y0, y1) = (y_of(base), y_of(base + v));
                page.fill_rect((x, y0), (bar_w, y1 - y0), s.color);
                base += v;
            }
        }
        page.set_text_color(LABEL_GREY);
        if totals[i] > 0.0 && m.text_width(&number_label(totals[i]), LABEL_PT) <= slot {
            page.aligned_text(
                m,
                LABEL_PT,
                (x + bar_w / 2.0, y_of(base) + 2.0),
                Align::Center,
                &number_label(totals[i]),
            );
        }
        if i % every == 0 {
            page.aligned_text(
                m,
                LABEL_PT,
                (x + bar_w / 2.0, plot_bottom - LABEL_PT * 1.3),
                Align::Center,
                label,
            );
        }
    }
}

fn draw_bars(
    page: &mut Page,
    m: &FontMetrics,
    labels: &[String],
    values: &[f64],
    color: Rgb,
    (left, top, width, bottom): (f32, f32, f32, f32),
) {
    let n = labels.len().max(1);
    let row_h = ((top - bottom) / n as f32).min(18.0);
    let label_w = labels
        .iter()
        .map(|l| m.text_width(l, LABEL_PT + 1.0))
        .fold(0.0, f32::max)
        .min(width * 0.42)
        + 6.0;
    let max = values.iter().copied().fold(0.0, f64::max);
    let value_w = m.text_width(&number_label(max), LABEL_PT + 1.0) + 8.0;
    let bar_left = left + label_w;
    let bar_max = (width - label_w - value_w).max(1.0);
    page.line((bar_left, top), (bar_left, top - row_h * n as f32), AXIS);
    for (i, label) in labels.iter().enumerate() {
        let v = values.get(i).copied().unwrap_or(0.0).max(0.0);
        let y_top = top - row_h * i as f32;
        let bar_h = row_h * 0.62;
        let y = y_top - (row_h + bar_h) / 2.0;
        let text_y = y + bar_h / 2.0 - (LABEL_PT + 1.0) * 0.35;
        page.set_text_color(LABEL_GREY);
        let shown = ellipsize(m, label, LABEL_PT + 1.0, label_w - 6.0);
        page.aligned_text(
            m,
            LABEL_PT + 1.0,
            (bar_left - 4.0, text_y),
            Align::Right,
            &shown,
        );
        let w = if max > 0.0 {
            (v / max) as f32 * bar_max
        } else {
            0.0
        };
        if w > 0.0 {
            page.fill_rect((bar_left, y), (w, bar_h), color);
        }
        page.aligned_text(
            m,
            LABEL_PT + 1.0,
            (bar_left + w + 4.0, text_y),
            Align::Left,
            &number_label(v),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scales_are_round() {
        assert_eq!(nice_scale(0.0), (1.0, 1.0));
        assert_eq!(nice_scale(4.0), (4.0, 1.0));
        assert_eq!(nice_scale(17.0), (20.0, 5.0));
        assert_eq!(nice_scale(230.0), (250.0, 50.0));
    }

    #[test]
    fn labels_group_thousands() {
        assert_eq!(number_label(1234567.0), "1\u{a0}234\u{a0}567");
        assert_eq!(number_label(12.0), "12");
    }

    #[test]
    fn a_chart_draws_text_and_shapes() {
        let mut page = Page::a4_portrait();
        let chart = Chart {
            title: "Іс-шаралар апта бойынша".to_owned(),
            height_pt: 200.0,
            kind: ChartKind::StackedColumns {
                labels: vec!["03.11".into(), "10.11".into()],
                series: vec![Series {
                    name: "Дәріс".into(),
                    color: PALETTE[0],
                    values: vec![2.0, 5.0],
                }],
            },
        };
        draw_chart(&mut page, &chart, (50.0, 700.0), 400.0).unwrap();
        let texts: Vec<&str> = page.text_runs().map(|r| r.3).collect();
        assert!(texts.contains(&"Іс-шаралар апта бойынша"));
        assert!(texts.contains(&"Дәріс") && texts.contains(&"10.11"));
        let bars =
            Chart::horizontal_bars("Санаттар", vec!["ҮЕҰ өкілі".into()], vec![3.0], PALETTE[1]);
        draw_chart(&mut page, &bars, (50.0, 400.0), 400.0).unwrap();
        crate::render_pdf("t", &[page]).unwrap();
    }
}
