//! Checks the test page with poppler's `pdftotext` and `pdffonts`, the way a user's
//! PDF reader sees it: the exact Kazakh and Russian text can be extracted, and only
//! embedded, subset PT fonts with Unicode maps are used.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly on purpose
#![allow(
    clippy::disallowed_methods,
    reason = "tests write their input files directly; what Kense writes goes through write_atomic"
)]

use std::error::Error;
use std::path::{Path, PathBuf};
use std::process::Command;

use kense_pdf::{TestPage, render_test_page};

const NAME_KK: &str = "Алматы облысы прокуратурасының жобалық кеңсесі";
const NAME_RU: &str = "Проектный офис прокуратуры Алматинской области";

fn almaty() -> TestPage {
    TestPage {
        office_name_kk: NAME_KK.to_owned(),
        office_name_ru: NAME_RU.to_owned(),
        region_kk: "Алматы облысы".to_owned(),
        region_ru: "Алматинская область".to_owned(),
        generated_on: "21.11.2025".to_owned(),
    }
}

type TestResult<T = ()> = Result<T, Box<dyn Error>>;

/// Renders the test page into a temporary directory and returns (dir, path, size).
fn write_test_page() -> TestResult<(tempfile::TempDir, PathBuf, usize)> {
    let bytes = render_test_page(&almaty())?;
    assert!(bytes.starts_with(b"%PDF-"));
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("test-page.pdf");
    std::fs::write(&path, &bytes)?;
    Ok((dir, path, bytes.len()))
}

// Kense itself never shells out (hence the workspace-wide ban on `Command::new`);
// this test deliberately runs poppler's tools to see the PDF as a reader does.
#[allow(clippy::disallowed_methods)]
fn run_poppler(tool: &str, args: &[&str], pdf: &Path) -> TestResult<String> {
    let output = Command::new(tool)
        .args(args)
        .arg(pdf)
        .args(if tool == "pdftotext" {
            &["-"][..]
        } else {
            &[][..]
        })
        .output()
        .map_err(|e| {
            format!(
                "cannot run `{tool}` ({e}); this test needs poppler's command-line tools: \
                 sudo apt-get install poppler-utils"
            )
        })?;
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{tool} failed: {stderr}");
    assert!(stderr.trim().is_empty(), "{tool} complained: {stderr}");
    Ok(String::from_utf8(output.stdout)?)
}

#[test]
fn pdftotext_extracts_the_exact_kazakh_and_russian_text() -> TestResult {
    let (_dir, path, _) = write_test_page()?;
    let text = run_poppler("pdftotext", &["-enc", "UTF-8"], &path)?;
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    for expected in [
        NAME_KK,
        NAME_RU,
        "Алматы облысы",
        "Алматинская область",
        "Kense — сынақ беті / тестовая страница",
        "Әә Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі",
        "Қазақ әріптері / Казахские буквы",
    ] {
        assert!(
            lines.contains(&expected),
            "{expected:?} is not a line of the extracted text:\n{text}"
        );
    }
    assert!(text.contains("Күні / Дата: 21.11.2025"), "{text}");
    // Kazakh first.
    let kk = text.find(NAME_KK).unwrap();
    let ru = text.find(NAME_RU).unwrap();
    assert!(kk < ru);
    Ok(())
}

#[test]
fn pdffonts_lists_only_embedded_subset_pt_fonts() -> TestResult {
    let (_dir, path, size) = write_test_page()?;
    let listing = run_poppler("pdffonts", &[], &path)?;
    // name  type  encoding  emb sub uni  object ID
    let rows: Vec<Vec<&str>> = listing
        .lines()
        .skip(2)
        .map(|l| l.split_whitespace().collect())
        .collect();
    let names: Vec<&str> = rows.iter().map(|r| r[0]).collect();
    assert!(!rows.is_empty(), "{listing}");
    for row in &rows {
        let (tag, base) = row[0].split_once('+').unwrap_or(("", row[0]));
        assert!(
            tag.len() == 6 && tag.chars().all(|c| c.is_ascii_uppercase()),
            "no subset tag on {}:\n{listing}",
            row[0]
        );
        assert!(base.starts_with("PTSerif-") || base.starts_with("PTSans-"));
        assert_eq!(
            &row[1..7],
            &["CID", "TrueType", "Identity-H", "yes", "yes", "yes"],
            "{listing}"
        );
    }
    for face in [
        "PTSerif-Regular",
        "PTSerif-Bold",
        "PTSerif-Italic",
        "PTSans-Regular",
        "PTSans-Bold",
    ] {
        assert!(
            names.iter().any(|n| n.ends_with(&format!("+{face}"))),
            "{face} missing:\n{listing}"
        );
    }
    assert_eq!(rows.len(), 5, "{listing}");
    // Five subset fonts together stay far below one full PT font file (~300 KB).
    assert!(size < 100_000, "test page is {size} bytes");
    Ok(())
}
