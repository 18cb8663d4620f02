//! Writes the font and layout test page to a file, for looking at it:
//!
//! ```text
//! cargo run -p kense-pdf --example test_page -- /tmp/kense-test-page.pdf
//! cargo run -p kense-pdf --example test_page -- /tmp/long-names.pdf long
//! ```
//!
//! With `long`, the office names are long enough to need wrapping and a smaller size.

use kense_pdf::{TestPage, render_test_page};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "kense-test-page.pdf".to_owned());
    let mut page = TestPage {
        office_name_kk: "Алматы облысы прокуратурасының жобалық кеңсесі".to_owned(),
        office_name_ru: "Проектный офис прокуратуры Алматинской области".to_owned(),
        region_kk: "Алматы облысы".to_owned(),
        region_ru: "Алматинская область".to_owned(),
        generated_on: "21.11.2025".to_owned(),
    };
    if std::env::args().nth(2).as_deref() == Some("long") {
        page.office_name_kk = "Қазақстан Республикасы Бас прокуратурасының Құқықтық статистика \
            және арнайы есепке алу жөніндегі комитетінің Алматы облысы бойынша басқармасының \
            жанындағы жобалық кеңсесі"
            .to_owned();
        page.office_name_ru = "Проектный офис при Управлении Комитета по правовой статистике \
            и специальным учётам Генеральной прокуратуры Республики Казахстан по Алматинской \
            области"
            .to_owned();
    }
    let bytes = render_test_page(&page)?;
    #[allow(
        clippy::disallowed_methods,
        reason = "a developer's example writing where it was told; kense-pdf has no kense_core::files"
    )]
    std::fs::write(&path, &bytes)?;
    eprintln!("wrote {path} ({} bytes)", bytes.len());
    Ok(())
}
