//! Sign-in sheets, certificate batches and logos, checked with poppler's tools the
//! way a user's PDF reader sees them.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly on purpose
#![allow(
    clippy::disallowed_methods,
    reason = "tests write their input files directly; what Kense writes goes through write_atomic"
)]

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use kense_pdf::{A4_HEIGHT_PT, A4_WIDTH_PT, mm};
use kense_pdf::{
    Block, Column, ColumnWidth, Document, Face, FlowDocument, FontMetrics, FontSet, Image, Page,
    PageSetup, Paragraph, PdfError, Stroke, Table, TextAlign, draw_lines, fit_box, layout_lines,
    render_many, render_pdf,
};

const SURNAMES: [&str; 10] = [
    "Әбдіқадыров",
    "Иванова",
    "Нұрғалиев",
    "Смирнов",
    "Өтебаева",
    "Құрманғазиев",
    "Петрова",
    "Үсенов",
    "Һашимов",
    "Ғабитова",
];
const NAMES: [&str; 12] = [
    "Әлия",
    "Мария",
    "Ерлан",
    "Сергей",
    "Гүлнар",
    "Айдос",
    "Ольга",
    "Нұржан",
    "Іңкәр",
    "Дмитрий",
    "Қуаныш",
    "Ұлжан",
];
const LONG_ORG: &str = "Қазақстан Республикасы Бас прокуратурасының Құқықтық статистика және \
    арнайы есепке алу жөніндегі комитетінің басқармасы";

/// 120 distinct names: «Surname Name №k».
fn names() -> Vec<String> {
    (0..120)
        .map(|i| format!("{} {} {}", SURNAMES[i % 10], NAMES[i / 10], i + 1))
        .collect()
}

fn sign_in_sheet() -> FlowDocument {
    let columns = vec![
        Column {
            header: "№".to_owned(),
            width: ColumnWidth::Mm(10.0),
            align: TextAlign::Right,
        },
        Column {
            header: "Аты-жөні / ФИО".to_owned(),
            width: ColumnWidth::Fraction(2.0),
            align: TextAlign::Left,
        },
        Column {
            header: "Ұйым / Организация".to_owned(),
            width: ColumnWidth::Fraction(3.0),
            align: TextAlign::Left,
        },
        Column {
            header: "Қолы / Подпись".to_owned(),
            width: ColumnWidth::Mm(30.0),
            align: TextAlign::Left,
        },
    ];
    let rows = names()
        .into_iter()
        .enumerate()
        .map(|(i, name)| {
            let org = if i % 7 == 3 {
                LONG_ORG
            } else {
                "Алматы облысы прокуратурасы"
            };
            vec![(i + 1).to_string(), name, org.to_owned(), String::new()]
        })
        .collect();
    let mut table = Table::new(columns, rows);
    table.blank_rows = 10;
    FlowDocument {
        title: "Тіркеу парағы / Лист регистрации".to_owned(),
        setup: PageSetup::a4_portrait(15.0),
        blocks: vec![
            Block::Paragraph(Paragraph::new(
                Face::SerifBold,
                14.0,
                TextAlign::Center,
                "Қатысушыларды тіркеу парағы / Лист регистрации участников",
            )),
            Block::Space(8.0),
            Block::Table(table),
        ],
    }
}

#[allow(clippy::disallowed_methods)] // the test deliberately runs poppler's tools
fn poppler(tool: &str, args: &[&str], pdf: &Path) -> String {
    let mut cmd = Command::new(tool);
    cmd.args(args).arg(pdf);
    if tool == "pdftotext" {
        cmd.arg("-");
    }
    let out = cmd.output().expect("poppler-utils must be installed");
    assert!(
        out.status.success(),
        "{tool}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

#[test]
fn sign_in_sheet_flows_across_numbered_pages() {
    let doc = sign_in_sheet().layout().unwrap();
    let n = doc.pages.len();
    assert!(n > 1, "{n} pages");
    let bytes = render_pdf(&doc.title, &doc.pages).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "sheet.pdf", &bytes);
    if let Ok(out) = std::env::var("KENSE_PDF_OUT") {
        std::fs::write(Path::new(&out).join("sheet.pdf"), &bytes).unwrap();
    }

    let text = poppler("pdftotext", &["-enc", "UTF-8", "-layout"], &path);
    let pages: Vec<&str> = text
        .split('\u{c}')
        .filter(|p| !p.trim().is_empty())
        .collect();
    assert_eq!(pages.len(), n);
    for name in names() {
        // «Иванова Мария 12» must not also match «… 120».
        let count = text
            .match_indices(&name)
            .filter(|(i, _)| !text[i + name.len()..].starts_with(|c: char| c.is_ascii_digit()))
            .count();
        assert_eq!(count, 1, "{name:?} found {count} times");
    }
    for (i, page) in pages.iter().enumerate() {
        assert!(
            page.contains("Аты-жөні / ФИО"),
            "header missing on page {}",
            i + 1
        );
        assert!(page.contains("Қолы / Подпись"));
        let footer = format!("Бет {} / {n} · Страница {} из {n}", i + 1, i + 1);
        assert!(page.contains(&footer), "no {footer:?} on page {}", i + 1);
    }

    let fonts = poppler("pdffonts", &[], &path);
    let rows: Vec<Vec<&str>> = fonts
        .lines()
        .skip(2)
        .map(|l| l.split_whitespace().collect())
        .collect();
    assert!(!rows.is_empty());
    for row in rows {
        assert!(row[0].len() > 7 && row[0].as_bytes()[6] == b'+', "{fonts}");
        assert_eq!(&row[4..7], &["yes", "yes", "yes"], "{fonts}");
    }
}

#[test]
fn rows_never_split_and_stay_inside_the_margins() {
    let doc = sign_in_sheet().layout().unwrap();
    let bottom = mm(15.0);
    for page in &doc.pages {
        for (face, size, (x, y), text) in page.text_runs() {
            if text.starts_with("Бет ") {
                continue;
            }
            let w = FontMetrics::for_face(face).unwrap().text_width(text, size);
            assert!(y > bottom && x >= mm(15.0) - 0.01, "{text:?} at {x},{y}");
            assert!(x + w <= A4_WIDTH_PT - mm(15.0) + 0.01, "{text:?} too wide");
        }
    }
}

fn certificate(name: &str, fonts_face: Face) -> Document {
    let mut page = Page::new(A4_HEIGHT_PT, A4_WIDTH_PT);
    let thick = Stroke::grey(2.5, 0.15);
    let thin = Stroke::grey(0.75, 0.15);
    page.double_frame(mm(10.0), mm(3.0), thick, thin);
    let title = FontMetrics::for_face(Face::SerifBold).unwrap();
    let width = A4_HEIGHT_PT - 2.0 * mm(35.0);
    let lines = layout_lines(
        title,
        "ҚҰРМЕТ ГРАМОТАСЫ · ПОЧЁТНАЯ ГРАМОТА",
        26.0,
        width,
        TextAlign::Center,
    );
    draw_lines(
        &mut page,
        title,
        26.0,
        1.3,
        (mm(35.0), A4_WIDTH_PT - mm(40.0)),
        &lines,
    );
    let m = FontMetrics::for_face(fonts_face).unwrap();
    let fitted = fit_box(m, name, (width, 90.0), (36.0, 16.0), 1.2, "the name").unwrap();
    let lines: Vec<_> = fitted
        .lines
        .iter()
        .flat_map(|l| layout_lines(m, l, fitted.size_pt, width, TextAlign::Center))
        .collect();
    draw_lines(
        &mut page,
        m,
        fitted.size_pt,
        1.2,
        (mm(35.0), A4_WIDTH_PT / 2.0 + 30.0),
        &lines,
    );
    let body = FontMetrics::for_face(Face::SerifRegular).unwrap();
    let text = "Жобалық кеңсенің жұмысына белсенді қатысқаны және қосқан үлесі үшін \
        марапатталады. Награждается за активное участие в работе проектного офиса и \
        значительный вклад в реализацию проекта.";
    let lines = layout_lines(body, text, 14.0, width, TextAlign::Justify);
    draw_lines(
        &mut page,
        body,
        14.0,
        1.4,
        (mm(35.0), A4_WIDTH_PT / 2.0 - 50.0),
        &lines,
    );
    Document {
        title: format!("Грамота — {name}"),
        pages: vec![page],
    }
}

#[test]
fn fifty_certificates_share_one_font_set() {
    let docs: Vec<Document> = names()
        .into_iter()
        .take(50)
        .map(|n| certificate(&n, Face::SerifBoldItalic))
        .collect();
    let start = Instant::now();
    let fonts = FontSet::for_documents(&docs).unwrap();
    let prepared = start.elapsed();
    let pdfs = render_many(&docs, &fonts).unwrap();
    let total = start.elapsed();
    assert_eq!(pdfs.len(), 50);
    let max = pdfs.iter().map(Vec::len).max().unwrap();
    eprintln!(
        "50 certificates: fonts {prepared:?}, total {total:?}, max {} KB, avg {} KB",
        max / 1024,
        pdfs.iter().map(Vec::len).sum::<usize>() / 50 / 1024
    );
    assert!(max < 60 * 1024, "{max} bytes");
    // The very same compressed font programs are embedded in every file.
    for face in fonts.faces() {
        let program = fonts.embedded_program(face).unwrap();
        for pdf in &pdfs {
            assert!(pdf.windows(program.len()).any(|w| w == program), "{face}");
        }
    }
    if let Ok(out) = std::env::var("KENSE_PDF_OUT") {
        std::fs::write(Path::new(&out).join("certificate.pdf"), &pdfs[0]).unwrap();
    }
}

#[test]
fn emoji_in_a_batch_fail_before_rendering() {
    let docs = vec![
        certificate("Әлия Сейітқызы", Face::SerifBoldItalic),
        certificate("Мария 😀 Иванова 🎉", Face::SerifBoldItalic),
    ];
    match FontSet::for_documents(&docs) {
        Err(PdfError::MissingGlyphs { face, chars }) => {
            assert_eq!(face, Face::SerifBoldItalic);
            assert_eq!(chars, vec!['🎉', '😀']);
        }
        other => panic!("expected MissingGlyphs, got {other:?}"),
    }
}

/// A `w`×`h` RGB PNG: a gradient with a checkerboard.
fn tiny_png(w: u32, h: u32) -> Vec<u8> {
    let mut raw = Vec::new();
    for y in 0..h {
        for x in 0..w {
            raw.extend([
                0,
                (x * 255 / w) as u8,
                if (x / 8 + y / 8) % 2 == 0 { 220 } else { 60 },
            ]);
        }
    }
    let mut png = Vec::new();
    let mut encoder = png::Encoder::new(&mut png, w, h);
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header().unwrap();
    writer.write_image_data(&raw).unwrap();
    writer.finish().unwrap();
    png
}

#[test]
fn a_logo_is_embedded_once_and_fits_its_box() {
    let logo = Image::decode(&tiny_png(96, 48)).unwrap();
    let mut doc = certificate("Әлия Сейітқызы", Face::SerifBoldItalic);
    let boxed = (A4_HEIGHT_PT / 2.0 - 40.0, A4_WIDTH_PT - mm(36.0));
    let [x, y, w, h] = doc.pages[0].image(&logo, boxed, (80.0, 60.0));
    assert!((w / h - 2.0).abs() < 1e-3, "aspect ratio kept");
    assert!(x >= boxed.0 - 1e-3 && x + w <= boxed.0 + 80.0 + 1e-3);
    assert!(y >= boxed.1 - 1e-3 && y + h <= boxed.1 + 60.0 + 1e-3);
    let bytes = render_pdf(&doc.title, &doc.pages).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "logo.pdf", &bytes);
    let list = poppler("pdfimages", &["-list"], &path);
    let rows: Vec<&str> = list.lines().skip(2).collect();
    assert_eq!(rows.len(), 1, "{list}");
    assert!(
        rows[0].contains(" 96 ") && rows[0].contains(" 48 "),
        "{list}"
    );
    if let Ok(out) = std::env::var("KENSE_PDF_OUT") {
        std::fs::write(Path::new(&out).join("logo.pdf"), &bytes).unwrap();
    }
}
