//! The font and layout test page: office and region names in Kazakh and Russian,
//! the Kazakh letters in both families and the date, on one A4 page.

use crate::document::{A4_HEIGHT_PT, A4_WIDTH_PT, Align, Page, Stroke, mm, render_pdf};
use crate::error::PdfError;
use crate::fonts::Face;
use crate::measure::FontMetrics;
use crate::wrap::{fit_text, wrap_text};

/// Title of the page (and of the PDF document).
pub const TEST_PAGE_TITLE: &str = "Kense — сынақ беті / тестовая страница";

/// The Kazakh letters that are not in the Russian alphabet, capital and small.
pub const KAZAKH_LETTERS: &str = "Әә Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі";

/// Sample running text in Kazakh.
const SAMPLE_TEXT_KK: &str = "Бұл бет Kense бағдарламасы PDF құжаттарын дұрыс жасайтынын \
    тексеруге арналған: қаріптер құжатқа ендірілген, ал мәтінді іздеуге және көшіруге болады.";

/// Sample running text in Russian.
const SAMPLE_TEXT_RU: &str = "Эта страница проверяет, что Kense правильно создаёт \
    PDF-документы: шрифты встроены в документ, а текст можно искать и копировать.";

/// The left part of the footer line.
const FOOTER_TEXT: &str = "Kense · қаріптер мен беттеу тексерісі / проверка шрифтов и вёрстки";

/// What the test page shows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TestPage {
    /// Office name in Kazakh, e.g. «Алматы облысы прокуратурасының жобалық кеңсесі».
    pub office_name_kk: String,
    /// Office name in Russian, e.g. «Проектный офис прокуратуры Алматинской области».
    pub office_name_ru: String,
    /// Region in Kazakh, e.g. «Алматы облысы».
    pub region_kk: String,
    /// Region in Russian, e.g. «Алматинская область».
    pub region_ru: String,
    /// The date, already formatted for display.
    pub generated_on: String,
}

/// Frame inset from the paper edge.
const FRAME_INSET_MM: f32 = 12.0;
/// Text margin from the paper edge, left and right.
const SIDE_MARGIN_MM: f32 = 25.0;
/// Baseline of the title, from the top edge.
const TITLE_BASELINE_MM: f32 = 30.0;
/// Baseline of the date line, from the bottom edge.
const FOOTER_BASELINE_MM: f32 = 22.0;

const FRAME: Stroke = Stroke::grey(0.75, 0.2);
const RULE: Stroke = Stroke::grey(0.5, 0.45);

/// Renders the test page to PDF bytes.
///
/// Long names are wrapped to the text width and, if they need more than three
/// lines, set smaller (down to 11 pt). Fails with [`PdfError::MissingGlyphs`] for
/// characters the PT fonts lack and [`PdfError::DoesNotFit`] if the names are too
/// long for one page even then.
pub fn render_test_page(page: &TestPage) -> Result<Vec<u8>, PdfError> {
    render_pdf(TEST_PAGE_TITLE, &[layout(page)?])
}

/// Lays out the test page.
fn layout(model: &TestPage) -> Result<Page, PdfError> {
    let serif = FontMetrics::for_face(Face::SerifRegular)?;
    let serif_bold = FontMetrics::for_face(Face::SerifBold)?;
    let serif_italic = FontMetrics::for_face(Face::SerifItalic)?;
    let sans = FontMetrics::for_face(Face::SansRegular)?;
    let sans_bold = FontMetrics::for_face(Face::SansBold)?;

    let mut page = Page::a4_portrait();
    let left = mm(SIDE_MARGIN_MM);
    let right = A4_WIDTH_PT - mm(SIDE_MARGIN_MM);
    let width = right - left;
    let centre = A4_WIDTH_PT / 2.0;

    let inset = mm(FRAME_INSET_MM);
    page.frame(
        (inset, inset),
        (A4_WIDTH_PT - 2.0 * inset, A4_HEIGHT_PT - 2.0 * inset),
        FRAME,
    );

    // Title and rule.
    let mut flow = Flow {
        page: &mut page,
        centre,
        width,
        baseline: A4_HEIGHT_PT - mm(TITLE_BASELINE_MM),
    };
    flow.centred(sans_bold, TEST_PAGE_TITLE, 15.0, 11.0, 2);
    flow.rule(left, right, 9.0);

    // Office name: Kazakh first, then Russian.
    // Both at one size: the smaller of the two fitted sizes.
    let name_size = [&model.office_name_kk, &model.office_name_ru]
        .map(|name| fit_text(serif_bold, name, width, 16.0, 11.0, 3).size_pt)
        .into_iter()
        .fold(16.0, f32::min);
    flow.skip(24.0);
    flow.centred(serif_bold, &model.office_name_kk, name_size, name_size, 3);
    flow.skip(10.0);
    flow.centred(serif_bold, &model.office_name_ru, name_size, name_size, 3);

    // Region.
    flow.skip(16.0);
    flow.centred(serif, &model.region_kk, 12.0, 10.0, 2);
    flow.centred(serif, &model.region_ru, 12.0, 10.0, 2);
    flow.rule(left, right, 16.0);

    // Kazakh letters in both families.
    flow.skip(20.0);
    flow.left(sans_bold, "Қазақ әріптері / Казахские буквы", 11.0, left);
    let sample_x = left + mm(28.0);
    for (label, metrics) in [("PT Serif", serif), ("PT Sans", sans)] {
        flow.skip(32.0);
        flow.page
            .aligned_text(sans, 10.0, (left, flow.baseline), Align::Left, label);
        flow.page.aligned_text(
            metrics,
            18.0,
            (sample_x, flow.baseline),
            Align::Left,
            KAZAKH_LETTERS,
        );
    }
    flow.rule(left, right, 16.0);

    // Running text, wrapped to the text width.
    flow.skip(20.0);
    flow.left(sans_bold, "Мәтін үлгісі / Образец текста", 11.0, left);
    flow.skip(6.0);
    flow.paragraph(serif, SAMPLE_TEXT_KK, 11.0, left);
    flow.skip(6.0);
    flow.paragraph(serif, SAMPLE_TEXT_RU, 11.0, left);
    let lowest_content = flow.baseline;

    // Date, above the bottom frame.
    let footer = mm(FOOTER_BASELINE_MM);
    let rule_y = footer + 16.0;
    if lowest_content < rule_y + 12.0 {
        return Err(PdfError::DoesNotFit {
            what: "the office and region names".to_owned(),
        });
    }
    page.line((left, rule_y), (right, rule_y), RULE);
    page.aligned_text(sans, 9.0, (left, footer), Align::Left, FOOTER_TEXT);
    let date_width = width - sans.text_width(FOOTER_TEXT, 9.0) - 12.0;
    let date = fit_text(
        serif_italic,
        &format!("Күні / Дата: {}", model.generated_on),
        date_width,
        11.0,
        8.0,
        1,
    );
    match date.lines.as_slice() {
        [] => {}
        [line] => page.aligned_text(
            serif_italic,
            date.size_pt,
            (right, footer),
            Align::Right,
            line,
        ),
        _ => {
            return Err(PdfError::DoesNotFit {
                what: "the date text".to_owned(),
            });
        }
    }
    Ok(page)
}

/// A top-to-bottom text flow on a page; `baseline` is the last line's baseline.
struct Flow<'a> {
    page: &'a mut Page,
    centre: f32,
    width: f32,
    baseline: f32,
}

impl Flow<'_> {
    /// Moves down by `pt` points.
    fn skip(&mut self, pt: f32) {
        self.baseline -= pt;
    }

    /// Sets `text` centred, wrapped to the text width at the largest size from
    /// `max_size` down to `min_size` that needs at most `max_lines` lines. The first
    /// line's baseline is one line below the current one.
    fn centred(
        &mut self,
        metrics: &FontMetrics,
        text: &str,
        max_size: f32,
        min_size: f32,
        max_lines: usize,
    ) {
        let fitted = fit_text(metrics, text, self.width, max_size, min_size, max_lines);
        for line in &fitted.lines {
            self.baseline -= fitted.size_pt * 1.3;
            self.page.aligned_text(
                metrics,
                fitted.size_pt,
                (self.centre, self.baseline),
                Align::Center,
                line,
            );
        }
    }

    /// Sets one line of `text` at `x`, one line below the current one.
    fn left(&mut self, metrics: &FontMetrics, text: &str, size: f32, x: f32) {
        self.baseline -= size * 1.3;
        self.page
            .aligned_text(metrics, size, (x, self.baseline), Align::Left, text);
    }

    /// Sets `text` left-aligned at `x`, wrapped to the text width.
    fn paragraph(&mut self, metrics: &FontMetrics, text: &str, size: f32, x: f32) {
        for line in wrap_text(metrics, text, size, self.width) {
            self.left(metrics, &line, size, x);
        }
    }

    /// Draws a rule `gap` points below the current baseline and moves onto it.
    fn rule(&mut self, left: f32, right: f32, gap: f32) {
        self.baseline -= gap;
        self.page
            .line((left, self.baseline), (right, self.baseline), RULE);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn almaty() -> TestPage {
        TestPage {
            office_name_kk: "Алматы облысы прокуратурасының жобалық кеңсесі".to_owned(),
            office_name_ru: "Проектный офис прокуратуры Алматинской области".to_owned(),
            region_kk: "Алматы облысы".to_owned(),
            region_ru: "Алматинская область".to_owned(),
            generated_on: "21.11.2025".to_owned(),
        }
    }

    /// Every text run lies inside the side margins and the frame.
    fn assert_inside_margins(page: &Page) {
        let left = mm(SIDE_MARGIN_MM) - 0.01;
        let right = A4_WIDTH_PT - mm(SIDE_MARGIN_MM) + 0.01;
        for (face, size, (x, y), text) in page.text_runs() {
            let width = FontMetrics::for_face(face).unwrap().text_width(text, size);
            assert!(
                x >= left && x + width <= right,
                "{text:?}: {x}..{}",
                x + width
            );
            assert!(y > mm(FRAME_INSET_MM) && y < A4_HEIGHT_PT - mm(FRAME_INSET_MM));
        }
    }

    #[test]
    fn names_are_centred_in_bold_kazakh_first() {
        let page = layout(&almaty()).unwrap();
        let runs: Vec<_> = page.text_runs().collect();
        let kk = runs
            .iter()
            .position(|r| r.3 == "Алматы облысы прокуратурасының жобалық кеңсесі")
            .unwrap();
        let ru = runs
            .iter()
            .position(|r| r.3 == "Проектный офис прокуратуры Алматинской области")
            .unwrap();
        assert!(
            runs[kk].2.1 > runs[ru].2.1,
            "Kazakh must come first (higher)"
        );
        for run in [runs[kk], runs[ru]] {
            assert_eq!(run.0, Face::SerifBold);
            assert_eq!(run.1, 16.0);
            let width = FontMetrics::for_face(Face::SerifBold)
                .unwrap()
                .text_width(run.3, 16.0);
            let middle = run.2.0 + width / 2.0;
            assert!((middle - A4_WIDTH_PT / 2.0).abs() < 0.01);
        }
        assert_inside_margins(&page);
    }

    #[test]
    fn kazakh_letters_appear_in_serif_and_sans() {
        let page = layout(&almaty()).unwrap();
        let faces: Vec<Face> = page
            .text_runs()
            .filter(|r| r.3 == KAZAKH_LETTERS)
            .map(|r| r.0)
            .collect();
        assert_eq!(faces, vec![Face::SerifRegular, Face::SansRegular]);
    }

    #[test]
    fn long_names_wrap_within_the_margins() {
        let long = TestPage {
            office_name_kk: "Қазақстан Республикасы Бас прокуратурасының Құқықтық статистика \
                және арнайы есепке алу жөніндегі комитетінің Алматы облысы бойынша \
                басқармасының жанындағы жобалық кеңсесі"
                .to_owned(),
            office_name_ru: "Проектный офис при Управлении Комитета по правовой статистике и \
                специальным учётам Генеральной прокуратуры Республики Казахстан по \
                Алматинской области"
                .to_owned(),
            ..almaty()
        };
        let page = layout(&long).unwrap();
        let name_lines = page.text_runs().filter(|r| r.0 == Face::SerifBold).count();
        assert!(name_lines >= 4, "{name_lines} lines");
        // Both names share one size, smaller than the default.
        let sizes: Vec<f32> = page
            .text_runs()
            .filter(|r| r.0 == Face::SerifBold)
            .map(|r| r.1)
            .collect();
        assert!(
            sizes.iter().all(|&s| s == sizes[0] && s < 16.0),
            "{sizes:?}"
        );
        assert_inside_margins(&page);
    }

    #[test]
    fn absurdly_long_names_are_an_error_not_an_overlap() {
        let model = TestPage {
            office_name_kk: "жобалық кеңсесі ".repeat(150),
            ..almaty()
        };
        assert!(matches!(
            render_test_page(&model),
            Err(PdfError::DoesNotFit { .. })
        ));
    }

    #[test]
    fn date_is_right_aligned_on_the_footer_line_or_an_error() {
        let page = layout(&almaty()).unwrap();
        let date = page
            .text_runs()
            .find(|r| r.3 == "Күні / Дата: 21.11.2025")
            .unwrap();
        let width = FontMetrics::for_face(date.0)
            .unwrap()
            .text_width(date.3, date.1);
        assert_eq!(date.0, Face::SerifItalic);
        assert!((date.2.0 + width - (A4_WIDTH_PT - mm(SIDE_MARGIN_MM))).abs() < 0.01);
        assert!((date.2.1 - mm(FOOTER_BASELINE_MM)).abs() < 0.01);

        let long_date = TestPage {
            generated_on: "2025 жылғы 21 қараша, жұма / пятница, 21 ноября 2025 года".repeat(3),
            ..almaty()
        };
        assert!(matches!(
            render_test_page(&long_date),
            Err(PdfError::DoesNotFit { .. })
        ));
    }

    #[test]
    fn empty_model_renders() {
        let bytes = render_test_page(&TestPage::default()).unwrap();
        assert!(bytes.starts_with(b"%PDF-"));
    }

    #[test]
    fn control_characters_in_names_are_treated_as_spaces() {
        let model = TestPage {
            office_name_kk: "Алматы облысы\nпрокуратурасының\tжобалық кеңсесі".to_owned(),
            ..almaty()
        };
        let page = layout(&model).unwrap();
        assert!(
            page.text_runs()
                .any(|r| r.3 == "Алматы облысы прокуратурасының жобалық кеңсесі")
        );
    }

    #[test]
    fn unsupported_characters_are_reported() {
        let model = TestPage {
            region_ru: "Алматинская область 中国".to_owned(),
            ..almaty()
        };
        let err = render_test_page(&model).unwrap_err();
        assert!(
            err.to_string().contains("«中» U+4E2D, «国» U+56FD"),
            "{err}"
        );
    }
}
