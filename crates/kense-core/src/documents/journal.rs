//! The register as a journal: exported to CSV/XLSX and printed as a PDF
//! (журнал регистрации), in Kazakh or Russian.

use super::glyphs::GlyphCheck;
use super::register::{IssuedDocument, RegisterFilter, list_documents};
use crate::export::{Cell, Sheet};
use crate::export::{ExportFormat, finish};
use crate::i18n::Translator;
use crate::{Error, Lang, Result};
use kense_pdf::{Block, Column, ColumnWidth, FlowDocument, PageSetup, Paragraph, Table, TextAlign};
use rusqlite::Connection;

const HEADERS: [&str; 9] = [
    "col-doc-number",
    "col-issued-on",
    "col-doc-kind",
    "col-recipient",
    "col-organisation",
    "col-event",
    "col-doc-lang",
    "col-status",
    "col-doc-note",
];

/// The note column: the reason and the replacement links.
fn note(t: &Translator, d: &IssuedDocument) -> String {
    let mut parts = Vec::new();
    if !d.reason.is_empty() {
        parts.push(d.reason.clone());
    }
    if let Some(r) = &d.replaces {
        parts.push(t.tr("doc-replaces", &[("number", r)]));
    }
    if let Some(r) = &d.replaced_by {
        parts.push(t.tr("doc-replaced-by", &[("number", r)]));
    }
    if let Some(date) = &d.recipient_erased_on {
        parts.push(t.tr("doc-recipient-erased", &[("date", date)]));
    }
    parts.join("; ")
}

fn rows(
    conn: &Connection,
    filter: &RegisterFilter,
    t: &Translator,
) -> Result<Vec<(IssuedDocument, Vec<String>)>> {
    let mut filter = filter.clone();
    filter.limit = None;
    Ok(list_documents(conn, &filter)?
        .into_iter()
        .map(|d| {
            let event = match t.lang() {
                Lang::Kk if !d.event_title_kk.is_empty() => d.event_title_kk.clone(),
                _ => d.event_title_ru.clone(),
            };
            let cells = vec![
                d.number.clone(),
                crate::validate::parse_date(&d.issued_on)
                    .map_or_else(|| d.issued_on.clone(), |x| x.format("%d.%m.%Y").to_string()),
                t.tr(&format!("doc-kind-{}", d.kind), &[]),
                d.recipient.clone(),
                d.organisation.clone(),
                event,
                t.tr(&format!("doc-lang-{}", d.lang), &[]),
                t.tr(&format!("doc-status-{}", d.status), &[]),
                note(t, &d),
            ];
            (d, cells)
        })
        .collect())
}

/// The register (all of it that `filter` selects, in order of entry) as CSV
/// or XLSX, headers in `lang`; dates are real dates in XLSX.
pub fn export_register(
    conn: &Connection,
    filter: &RegisterFilter,
    lang: Lang,
    format: ExportFormat,
) -> Result<Vec<u8>> {
    let t = Translator::new(lang);
    let data = rows(conn, filter, &t)?
        .into_iter()
        .map(|(d, cells)| {
            cells
                .into_iter()
                .enumerate()
                .map(
                    |(i, c)| match (i, crate::validate::parse_date(&d.issued_on)) {
                        (1, Some(date)) => Cell::Date(date),
                        _ if c.is_empty() => Cell::Empty,
                        _ => Cell::Text(c),
                    },
                )
                .collect()
        })
        .collect();
    finish(
        format,
        Sheet {
            name: t.tr("register-title", &[]),
            headers: HEADERS.iter().map(|k| t.tr(k, &[])).collect(),
            rows: data,
            column_widths: None,
        },
    )
}

/// Writes the register to `path`: the printed journal for `.pdf`, else CSV
/// or XLSX by the extension; atomically. The export is entered in the audit
/// trail.
pub fn export_register_to_file(
    conn: &Connection,
    filter: &RegisterFilter,
    lang: Lang,
    path: &std::path::Path,
) -> Result<()> {
    let is_pdf = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("pdf"));
    let bytes = if is_pdf {
        render_journal(conn, filter, lang)?
    } else {
        export_register(conn, filter, lang, ExportFormat::for_path(path)?)?
    };
    crate::files::write_atomic(path, &bytes)?;
    let mut all = filter.clone();
    all.limit = None;
    crate::audit::record(
        conn,
        &crate::audit::NewAuditEntry {
            kind: crate::audit::AuditKind::Export,
            subject: "register",
            row_count: list_documents(conn, &all)?.len(),
            file: &path.display().to_string(),
            with_iin: false,
        },
    )
}

/// The register printed as a journal: A4 landscape, a numbered table that
/// flows across pages with its header repeated, and an empty column for the
/// recipient's signature on receipt («Алғаны туралы қолы» / «Подпись в
/// получении»).
pub fn render_journal(conn: &Connection, filter: &RegisterFilter, lang: Lang) -> Result<Vec<u8>> {
    let t = Translator::new(lang);
    let office = crate::office::get_office_profile(conn)?;
    let data: Vec<Vec<String>> = rows(conn, filter, &t)?
        .into_iter()
        .map(|(_, mut c)| {
            c.push(String::new());
            c
        })
        .collect();
    let mut check = GlyphCheck::default();
    for row in &data {
        check.check(&row[0], &row.join(" "));
    }
    check.finish()?;
    let widths = [
        ColumnWidth::Mm(30.0),
        ColumnWidth::Mm(22.0),
        ColumnWidth::Mm(28.0),
        ColumnWidth::Fraction(2.0),
        ColumnWidth::Fraction(2.0),
        ColumnWidth::Fraction(2.0),
        ColumnWidth::Mm(22.0),
        ColumnWidth::Mm(24.0),
        ColumnWidth::Fraction(1.6),
        ColumnWidth::Mm(30.0),
    ];
    let columns = HEADERS
        .iter()
        .chain(["col-receipt-signature"].iter())
        .zip(widths)
        .map(|(k, width)| Column {
            header: t.tr(k, &[]),
            width,
            align: TextAlign::Left,
        })
        .collect();
    let mut table = Table::new(columns, data);
    table.size_pt = 8.5;
    table.padding_pt = 3.0;
    let title = t.tr("register-title", &[]);
    let doc = FlowDocument {
        title: title.clone(),
        setup: PageSetup::a4_landscape(12.0).numbered_in(match lang {
            Lang::Kk => kense_pdf::FooterLanguage::Kazakh,
            Lang::Ru => kense_pdf::FooterLanguage::Russian,
        }),
        blocks: vec![
            Block::Paragraph(Paragraph::new(
                kense_pdf::Face::SansBold,
                10.0,
                TextAlign::Center,
                office.name(lang),
            )),
            Block::Space(6.0),
            Block::Paragraph(Paragraph::new(
                kense_pdf::Face::SerifBold,
                15.0,
                TextAlign::Center,
                &title.to_uppercase(),
            )),
            Block::Space(8.0),
            Block::Table(table),
        ],
    }
    .layout()?;
    kense_pdf::render_pdf(&doc.title, &doc.pages).map_err(Error::from)
}
