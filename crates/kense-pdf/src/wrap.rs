//! Word wrapping and shrink-to-fit, built on [`FontMetrics::text_width`].

use crate::hyphen::break_points;
use crate::measure::FontMetrics;

/// Widths are compared with this slack (in points) to absorb float rounding.
const EPSILON_PT: f32 = 1e-3;

/// Breaks `text` into lines no wider than `max_width_pt` at `size_pt`.
///
/// Lines break between words; runs of whitespace (including newlines) count as one
/// space and are dropped at line ends. A word wider than the whole line is broken
/// at its hyphenation points ([`crate::hyphen`]), else between characters. Only
/// a single character wider than `max_width_pt` can produce a line that does not
/// fit; it is then put on a line of its own.
pub fn wrap_text(
    metrics: &FontMetrics,
    text: &str,
    size_pt: f32,
    max_width_pt: f32,
) -> Vec<String> {
    wrap(metrics, text, size_pt, max_width_pt, false)
}

/// [`wrap_text`] that also hyphenates a word that does not fit at the end of
/// a line, so justified lines do not open wide gaps between words.
pub fn wrap_hyphenated(
    metrics: &FontMetrics,
    text: &str,
    size_pt: f32,
    max_width_pt: f32,
) -> Vec<String> {
    wrap(metrics, text, size_pt, max_width_pt, true)
}

/// The longest head of `word` ending at a break point (with its hyphen) no
/// wider than `room`, and the rest.
fn split_to_fit(
    metrics: &FontMetrics,
    word: &str,
    size_pt: f32,
    room: f32,
) -> Option<(String, String)> {
    break_points(word).into_iter().rev().find_map(|p| {
        let mut head = word[..p.at].to_owned();
        if p.hyphen {
            head.push('-');
        }
        (metrics.text_width(&head, size_pt) <= room + EPSILON_PT)
            .then(|| (head, word[p.at..].to_owned()))
    })
}

fn wrap(
    metrics: &FontMetrics,
    text: &str,
    size_pt: f32,
    max_width_pt: f32,
    hyphenate: bool,
) -> Vec<String> {
    let fits = |s: &str| metrics.text_width(s, size_pt) <= max_width_pt + EPSILON_PT;
    let mut lines = Vec::new();
    let mut current = String::new();

    for word in text.split_whitespace() {
        let candidate = if current.is_empty() {
            word.to_owned()
        } else {
            format!("{current} {word}")
        };
        if fits(&candidate) {
            current = candidate;
            continue;
        }
        let mut word = word.to_owned();
        if !current.is_empty() {
            if hyphenate {
                let room = max_width_pt - metrics.text_width(&format!("{current} "), size_pt);
                if let Some((head, tail)) = split_to_fit(metrics, &word, size_pt, room) {
                    current.push(' ');
                    current.push_str(&head);
                    word = tail;
                }
            }
            lines.push(std::mem::take(&mut current));
        }
        // The word alone is too wide: break it at hyphenation points, then
        // between characters.
        while !fits(&word) {
            match split_to_fit(metrics, &word, size_pt, max_width_pt) {
                Some((head, tail)) => {
                    lines.push(head);
                    word = tail;
                }
                None => break,
            }
        }
        if fits(&word) {
            current = word;
            continue;
        }
        for c in word.chars() {
            let mut candidate = current.clone();
            candidate.push(c);
            if current.is_empty() || fits(&candidate) {
                current = candidate;
            } else {
                lines.push(std::mem::replace(&mut current, c.to_string()));
            }
        }
    }
    if !current.is_empty() {
        lines.push(current);
    }
    lines
}

/// Text wrapped at the size [`fit_text`] chose.
#[derive(Debug, Clone, PartialEq)]
pub struct FittedText {
    /// Font size in points.
    pub size_pt: f32,
    /// The lines, each at most the requested width wide.
    pub lines: Vec<String>,
}

/// Wraps `text` at the largest size from `max_size_pt` down to `min_size_pt` (in
/// half-point steps) at which it takes at most `max_lines` lines and no word has to
/// be broken. If even `min_size_pt` is too large, the text is wrapped at
/// `min_size_pt` and may take more lines (never more width).
pub fn fit_text(
    metrics: &FontMetrics,
    text: &str,
    max_width_pt: f32,
    max_size_pt: f32,
    min_size_pt: f32,
    max_lines: usize,
) -> FittedText {
    let min_size_pt = min_size_pt.min(max_size_pt);
    let mut size_pt = max_size_pt;
    loop {
        let lines = wrap_text(metrics, text, size_pt, max_width_pt);
        let words_fit = text
            .split_whitespace()
            .all(|w| metrics.text_width(w, size_pt) <= max_width_pt + EPSILON_PT);
        if (lines.len() <= max_lines && words_fit) || size_pt <= min_size_pt {
            return FittedText { size_pt, lines };
        }
        size_pt = (size_pt - 0.5).max(min_size_pt);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fonts::Face;

    const LONG_NAME: &str = "Қазақстан Республикасы Бас прокуратурасының Құқықтық статистика және \
        арнайы есепке алу жөніндегі комитетінің Алматы облысы бойынша басқармасының жобалық кеңсесі";

    fn serif_bold() -> &'static FontMetrics {
        FontMetrics::for_face(Face::SerifBold).unwrap()
    }

    #[test]
    fn every_line_fits_and_no_word_is_lost() {
        let m = serif_bold();
        for width in [120.0, 200.0, 300.0, 451.0] {
            for size in [10.0, 14.0, 18.0] {
                let lines = wrap_text(m, LONG_NAME, size, width);
                assert!(lines.len() > 1, "{width} pt at {size} pt");
                for line in &lines {
                    let w = m.text_width(line, size);
                    assert!(w <= width + EPSILON_PT, "{line:?}: {w} > {width}");
                    assert_eq!(line.trim(), line);
                    assert!(!line.is_empty());
                }
                // Nothing lost or reordered (narrow widths break long words).
                // (A hyphen is added where a too-long word breaks.)
                let letters = |s: &str| s.split_whitespace().collect::<String>().replace('-', "");
                assert_eq!(letters(&lines.join(" ")), letters(LONG_NAME));
            }
        }
    }

    #[test]
    fn lines_are_filled_greedily() {
        let m = serif_bold();
        let lines = wrap_text(m, LONG_NAME, 14.0, 300.0);
        // The first word of each next line would not have fitted on the line before.
        for pair in lines.windows(2) {
            let next_word = pair[1].split(' ').next().unwrap();
            let joined = format!("{} {next_word}", pair[0]);
            assert!(m.text_width(&joined, 14.0) > 300.0);
        }
    }

    #[test]
    fn short_text_stays_on_one_line_and_whitespace_collapses() {
        let m = serif_bold();
        assert_eq!(
            wrap_text(m, "  Жобалық \n\t кеңсе ", 12.0, 400.0),
            vec!["Жобалық кеңсе".to_owned()]
        );
        assert!(wrap_text(m, " \n ", 12.0, 400.0).is_empty());
    }

    #[test]
    fn overlong_word_is_broken_at_hyphen_points_else_between_characters() {
        let m = serif_bold();
        let word = "прокуратурасыныңпрокуратурасыныңпрокуратурасының";
        let lines = wrap_text(m, word, 14.0, 100.0);
        assert!(lines.len() >= 3);
        // Every line but the last ends with a hyphen at a syllable boundary.
        for line in &lines[..lines.len() - 1] {
            assert!(line.ends_with('-'), "{lines:?}");
        }
        assert_eq!(lines.concat().replace('-', ""), word);
        for line in &lines {
            assert!(m.text_width(line, 14.0) <= 100.0 + EPSILON_PT);
        }
        // Digits have no hyphen points.
        let digits = "1234567890".repeat(4);
        let lines = wrap_text(m, &digits, 14.0, 100.0);
        assert!(lines.len() >= 3);
        assert_eq!(lines.concat(), digits);
    }

    #[test]
    fn fit_keeps_the_largest_size_that_fits() {
        let m = serif_bold();
        let short = fit_text(m, "Жобалық кеңсе", 400.0, 16.0, 10.0, 2);
        assert_eq!(short.size_pt, 16.0);
        assert_eq!(short.lines.len(), 1);

        let long = fit_text(m, LONG_NAME, 450.0, 16.0, 10.0, 3);
        assert!(
            long.size_pt < 16.0 && long.size_pt >= 10.0,
            "{}",
            long.size_pt
        );
        assert!(long.lines.len() <= 3);
        // Half a point larger would have needed more lines.
        assert!(wrap_text(m, LONG_NAME, long.size_pt + 0.5, 450.0).len() > 3);
    }

    #[test]
    fn fit_falls_back_to_more_lines_at_the_minimum_size() {
        let m = serif_bold();
        let fitted = fit_text(m, LONG_NAME, 150.0, 16.0, 11.0, 2);
        assert_eq!(fitted.size_pt, 11.0);
        assert!(fitted.lines.len() > 2);
        for line in &fitted.lines {
            assert!(m.text_width(line, 11.0) <= 150.0 + EPSILON_PT);
        }
    }

    #[test]
    fn hyphenated_lines_are_fuller_and_lose_nothing() {
        let m = FontMetrics::for_face(Face::SerifRegular).unwrap();
        let text = "Алматы облысы прокуратурасының жобалық кеңсесі Сізге «Тазалық сақшылары» \
                    профилактикалық акциясына белсенді қатысқаныңыз және азаматтардың құқықтық \
                    мәдениетін арттыруға қосқан үлесіңіз үшін алғыс білдіреді.";
        let width = 400.0;
        let plain = wrap_text(m, text, 15.0, width);
        let hyphenated = wrap_hyphenated(m, text, 15.0, width);
        assert!(
            hyphenated.iter().any(|l| l.ends_with('-')),
            "{hyphenated:?}"
        );
        for line in &hyphenated {
            assert!(m.text_width(line, 15.0) <= width + EPSILON_PT, "{line}");
        }
        // The widest gap a justified line would need is narrower.
        let worst = |lines: &[String]| {
            lines[..lines.len() - 1]
                .iter()
                .map(|l| (width - m.text_width(l, 15.0)) / l.matches(' ').count().max(1) as f32)
                .fold(0.0_f32, f32::max)
        };
        assert!(
            worst(&hyphenated) < worst(&plain),
            "{hyphenated:?}\n{plain:?}"
        );
        let rejoined = hyphenated.join("\n").replace("-\n", "").replace('\n', " ");
        assert_eq!(
            rejoined,
            text.split_whitespace().collect::<Vec<_>>().join(" ")
        );
    }
}
