//! Exporting the registry for Excel: people, organisations and events as
//! CSV or XLSX, with headers in Kazakh or Russian that the importer
//! recognises again.

use crate::error::SqlContext;
use crate::events::{self, EventFilter};
use crate::export::{Cell, ExportFormat, Sheet, finish};
use crate::i18n::Translator;
use crate::kinds::{EventKind, EventStatus, Gender, OrgKind};
use crate::validate::phone::format_phone;
use crate::{Lang, Result};
use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use std::path::Path;
use ts_rs::TS;

/// What to export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ExportKind {
    /// The people of the registry.
    People,
    /// The organisations.
    Organisations,
    /// The events.
    Events,
}

impl ExportKind {
    /// The name the audit trail records.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::People => "people",
            Self::Organisations => "organisations",
            Self::Events => "events",
        }
    }
}

/// What a people export carries besides the defaults. By default it leaves
/// the IIN out and marks people without consent in the consent column.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PeopleExportOptions {
    /// Add the IIN column.
    #[serde(default)]
    pub with_iin: bool,
    /// Leave out people who gave no consent to processing their data.
    #[serde(default)]
    pub consented_only: bool,
}

/// A rendered export: the file's bytes and how many rows it holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    /// The file's bytes.
    pub bytes: Vec<u8>,
    /// Data rows (without the header).
    pub rows: usize,
}

/// Renders `kind` (events limited by `filter`, people by `people`) in
/// `lang` and `format`.
pub fn export(
    conn: &Connection,
    kind: ExportKind,
    lang: Lang,
    format: ExportFormat,
    filter: &EventFilter,
    people: PeopleExportOptions,
) -> Result<Rendered> {
    let sheet = match kind {
        ExportKind::People => people_sheet(conn, lang, people)?,
        ExportKind::Organisations => organisations_sheet(conn, lang)?,
        ExportKind::Events => events_sheet(conn, lang, filter)?,
    };
    let rows = sheet.rows.len();
    Ok(Rendered {
        bytes: finish(format, sheet)?,
        rows,
    })
}

/// Writes `kind` to `path` (`.csv` or `.xlsx`, chosen by its extension)
/// atomically: a failed export leaves no partial file. The export is
/// entered in the audit trail (kind, rows, file; never the data). Returns
/// the number of rows written.
pub fn export_to_file(
    conn: &Connection,
    kind: ExportKind,
    lang: Lang,
    path: &Path,
    filter: &EventFilter,
    people: PeopleExportOptions,
) -> Result<usize> {
    let format = ExportFormat::for_path(path)?;
    let rendered = export(conn, kind, lang, format, filter, people)?;
    crate::files::write_atomic(path, &rendered.bytes)?;
    crate::audit::record(
        conn,
        &crate::audit::NewAuditEntry {
            kind: crate::audit::AuditKind::Export,
            subject: kind.as_str(),
            row_count: rendered.rows,
            file: &path.display().to_string(),
            with_iin: kind == ExportKind::People && people.with_iin,
        },
    )?;
    Ok(rendered.rows)
}

fn text(s: impl Into<String>) -> Cell {
    let s = s.into();
    if s.is_empty() {
        Cell::Empty
    } else {
        Cell::Text(s)
    }
}

fn headers(t: &Translator, keys: &[&str]) -> Vec<String> {
    keys.iter().map(|k| t.tr(k, &[])).collect()
}

fn vocabulary(t: &Translator, prefix: &str, value: &str) -> Cell {
    text(t.tr(&format!("{prefix}-{value}"), &[]))
}

/// Every person, in Kazakh alphabet order: without the IIN unless asked,
/// and without people who gave no consent when asked.
pub fn export_people(
    conn: &Connection,
    lang: Lang,
    format: ExportFormat,
    options: PeopleExportOptions,
) -> Result<Vec<u8>> {
    finish(format, people_sheet(conn, lang, options)?)
}

fn people_sheet(conn: &Connection, lang: Lang, options: PeopleExportOptions) -> Result<Sheet> {
    let t = Translator::new(lang);
    let org_col = if lang == Lang::Kk {
        "o.name_kk"
    } else {
        "o.name_ru"
    };
    let cat_col = if lang == Lang::Kk {
        "c.name_kk"
    } else {
        "c.name_ru"
    };
    let mut stmt = conn
        .prepare(&format!(
            "SELECT p.surname, p.name, p.patronymic, p.gender, coalesce({org_col}, ''), p.position_kk, p.phone,
                    p.email,
                    coalesce((SELECT group_concat({cat_col}, '; ') FROM person_category pc
                              JOIN category c ON c.id = pc.category_id WHERE pc.person_id = p.id), ''),
                    coalesce(p.iin, ''), p.consent, p.consent_date, p.notes, p.position_ru
             FROM person p LEFT JOIN organisation o ON o.id = p.organisation_id
             WHERE p.deleted_at IS NULL AND (?1 = 0 OR p.consent = 1) ORDER BY p.sort_key"
        ))
        .context("exporting people")?;
    let rows = stmt
        .query_map([options.consented_only], |row| {
            let gender: Option<Gender> = row.get(3)?;
            let consent: bool = row.get(10)?;
            let consent_date: Option<String> = row.get(11)?;
            let mut cells = vec![
                text(row.get::<_, String>(0)?),
                text(row.get::<_, String>(1)?),
                text(row.get::<_, String>(2)?),
                gender.map_or(Cell::Empty, |g| vocabulary(&t, "gender", g.as_str())),
                text(row.get::<_, String>(4)?),
                text(row.get::<_, String>(5)?),
                text(row.get::<_, String>(13)?),
                text(format_phone(&row.get::<_, String>(6)?)),
                text(row.get::<_, String>(7)?),
                text(row.get::<_, String>(8)?),
            ];
            if options.with_iin {
                cells.push(text(row.get::<_, String>(9)?));
            }
            cells.extend([
                text(t.tr(if consent { "export-yes" } else { "export-no" }, &[])),
                consent_date
                    .and_then(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok())
                    .map_or(Cell::Empty, Cell::Date),
                text(row.get::<_, String>(12)?),
            ]);
            Ok(cells)
        })
        .context("exporting people")?
        .collect::<std::result::Result<Vec<_>, _>>()
        .context("exporting people")?;
    let mut columns = vec![
        "col-surname",
        "col-name",
        "col-patronymic",
        "col-gender",
        "col-organisation",
        "col-position-kk",
        "col-position-ru",
        "col-phone",
        "col-email",
        "col-categories",
    ];
    if options.with_iin {
        columns.push("col-iin");
    }
    columns.extend(["col-consent", "col-consent-date", "col-notes"]);
    Ok(Sheet {
        name: t.tr("nav-people", &[]),
        headers: headers(&t, &columns),
        rows,
        ..Sheet::default()
    })
}

/// Every organisation, in Kazakh alphabet order.
pub fn export_organisations(
    conn: &Connection,
    lang: Lang,
    format: ExportFormat,
) -> Result<Vec<u8>> {
    finish(format, organisations_sheet(conn, lang)?)
}

fn organisations_sheet(conn: &Connection, lang: Lang) -> Result<Sheet> {
    let t = Translator::new(lang);
    let mut stmt = conn
        .prepare(
            "SELECT name_kk, name_ru, kind, district, address, phone, email, contact, notes
             FROM organisation WHERE deleted_at IS NULL ORDER BY sort_key",
        )
        .context("exporting organisations")?;
    let rows = stmt
        .query_map([], |row| {
            let kind: OrgKind = row.get(2)?;
            Ok(vec![
                text(row.get::<_, String>(0)?),
                text(row.get::<_, String>(1)?),
                vocabulary(&t, "org-kind", kind.as_str()),
                text(row.get::<_, String>(3)?),
                text(row.get::<_, String>(4)?),
                text(format_phone(&row.get::<_, String>(5)?)),
                text(row.get::<_, String>(6)?),
                text(row.get::<_, String>(7)?),
                text(row.get::<_, String>(8)?),
            ])
        })
        .context("exporting organisations")?
        .collect::<std::result::Result<Vec<_>, _>>()
        .context("exporting organisations")?;
    Ok(Sheet {
        name: t.tr("nav-organisations", &[]),
        headers: headers(
            &t,
            &[
                "col-name-kk",
                "col-name-ru",
                "col-kind",
                "col-district",
                "col-address",
                "col-phone",
                "col-email",
                "col-contact",
                "col-notes",
            ],
        ),
        rows,
        ..Sheet::default()
    })
}

/// The events matching `filter`, by start time.
pub fn export_events(
    conn: &Connection,
    lang: Lang,
    format: ExportFormat,
    filter: &EventFilter,
) -> Result<Vec<u8>> {
    finish(format, events_sheet(conn, lang, filter)?)
}

fn events_sheet(conn: &Connection, lang: Lang, filter: &EventFilter) -> Result<Sheet> {
    let t = Translator::new(lang);
    let when = |s: &str| {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M").map_or_else(|_| text(s), Cell::DateTime)
    };
    let rows = events::list_events(conn, filter)?
        .into_iter()
        .map(|e| {
            let kind: EventKind = e.kind;
            let status: EventStatus = e.status;
            vec![
                when(&e.starts_at),
                when(&e.ends_at),
                vocabulary(&t, "event-kind", kind.as_str()),
                text(if lang == Lang::Kk {
                    e.campaign_kk.clone()
                } else {
                    e.campaign_ru.clone()
                }),
                text(e.title_kk.clone()),
                text(e.title_ru.clone()),
                text(e.place_kk.clone()),
                text(e.place_ru.clone()),
                text(e.district_kk.clone()),
                text(e.district_ru.clone()),
                vocabulary(&t, "event-status", status.as_str()),
                Cell::Int(e.attendance_count),
                e.headcount.map_or(Cell::Empty, Cell::Int),
                Cell::Int(e.proposals_count),
                Cell::Int(e.media_count),
            ]
        })
        .collect();
    Ok(Sheet {
        name: t.tr("nav-events", &[]),
        headers: headers(
            &t,
            &[
                "col-starts-at",
                "col-ends-at",
                "col-event-kind",
                "col-campaign",
                "col-title-kk",
                "col-title-ru",
                "col-place-kk",
                "col-place-ru",
                "col-district-kk",
                "col-district-ru",
                "col-status",
                "col-registered",
                "col-headcount",
                "col-proposals",
                "col-media",
            ],
        ),
        rows,
        ..Sheet::default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Store;

    #[test]
    fn the_events_sheet_gives_the_district_in_both_languages() {
        let store = Store::open_in_memory().unwrap();
        let c = store.conn();
        events::insert_event(c, &crate::events::tests::lecture("2026-11-02")).unwrap();
        let rendered = export(
            c,
            ExportKind::Events,
            Lang::Ru,
            ExportFormat::Csv,
            &EventFilter::month("2026-11").unwrap(),
            PeopleExportOptions::default(),
        )
        .unwrap();
        let text = String::from_utf8(rendered.bytes).unwrap();
        let mut lines = text.trim_start_matches('\u{feff}').lines();
        let header: Vec<&str> = lines.next().unwrap().split(';').collect();
        let row: Vec<&str> = lines.next().unwrap().split(';').collect();
        let column = |name: &str| row[header.iter().position(|h| *h == name).unwrap()];
        assert_eq!(column("Район (каз)"), "Іле ауданы");
        assert_eq!(column("Район (рус)"), "Илийский район");
    }
}
