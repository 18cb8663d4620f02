//! Participant lists / sign-in sheets of an event, from a sheet template.

use super::glyphs::GlyphCheck;
use super::placeholders::{Values, fill};
use super::templates::{Template, default_template, get_template};
use super::translations::{MissingTranslation, PrintedField, missing_translations};
use crate::attendance::{AttendanceRow, list_event_attendance};
use crate::events::get_event;
use crate::i18n::{Translator, in_langs};
use crate::kinds::{DocLang, Role, TemplateKind};
use crate::office::get_office_profile;
use crate::validate::{format_phone, parse_date};
use crate::{Error, FieldName, Invalid, Lang, Result};
use kense_pdf::{Sheet, SheetHeadings, SheetRow};
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use ts_rs::TS;

/// Most blank rows a sheet may add.
pub const MAX_BLANK_ROWS: usize = 500;

/// What sheet to print.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SheetRequest {
    /// The event.
    pub event_id: i64,
    /// A sheet template; the built-in one when absent.
    #[ts(optional = nullable)]
    #[serde(default)]
    pub template_id: Option<i64>,
    /// Kazakh, Russian or both (headings «Аты-жөні / ФИО»).
    pub lang: DocLang,
    /// Empty numbered rows for walk-ins.
    #[serde(default)]
    pub blank_rows: u32,
    /// Only attendees with this role.
    #[ts(optional = nullable)]
    #[serde(default)]
    pub role: Option<Role>,
    /// A4 landscape instead of the template's orientation.
    #[serde(default)]
    pub landscape: Option<bool>,
    /// Print the participants' phone numbers (off by default: the sheet is
    /// passed round the room).
    #[serde(default)]
    pub with_phones: bool,
}

/// The people of a sign-in sheet in its printed order: one line per person
/// (whatever their roles), Kazakh alphabet order; all, or those of `role`;
/// invitees who declined are left off.
/// Keying a printed sheet back walks this same list, so line *n* on paper is
/// line *n* on screen.
pub fn sheet_lines(
    conn: &Connection,
    event_id: i64,
    role: Option<Role>,
) -> Result<Vec<AttendanceRow>> {
    let mut seen = std::collections::HashSet::new();
    let rows = list_event_attendance(conn, event_id)?;
    // A person is present when any of their rows is ticked.
    let present: std::collections::HashSet<i64> = rows
        .iter()
        .filter(|a| a.present)
        .map(|a| a.person_id)
        .collect();
    Ok(rows
        .into_iter()
        .filter(|a| role.is_none_or(|r| a.role == r))
        .filter(|a| a.invitation != Some(crate::kinds::Invitation::Declined))
        .filter(|a| seen.insert(a.person_id))
        .map(|mut a| {
            a.present = present.contains(&a.person_id);
            a
        })
        .collect())
}

/// Builds the sheet of an event: every attendee (or those of one role), in
/// Kazakh alphabetical order, numbered, with the blank rows after them.
pub fn build_sheet(conn: &Connection, req: &SheetRequest) -> Result<Sheet> {
    let event = get_event(conn, req.event_id)?;
    let template: Template = match req.template_id {
        Some(id) => get_template(conn, id)?,
        None => default_template(conn, TemplateKind::Sheet)?,
    };
    let blank_rows = req.blank_rows as usize;
    if blank_rows > MAX_BLANK_ROWS {
        return Err(Error::over_limit(
            FieldName::BlankRows,
            Invalid::TooLong,
            MAX_BLANK_ROWS as u64,
            format!("at most {MAX_BLANK_ROWS} blank rows"),
        ));
    }
    let office = get_office_profile(conn)?;
    let langs = req.lang.langs();
    let day = parse_date(event.starts_at.get(..10).unwrap_or(""));
    let date = day
        .map(crate::grammar::dates::date_numeric)
        .unwrap_or_default();
    let time = event.starts_at.get(11..16).unwrap_or("").to_owned();
    let mut titles = Vec::new();
    let mut details = Vec::new();
    for &lang in langs {
        let values = HashMap::from([
            ("event", event.title(lang).to_owned()),
            ("event_date", format!("{date} {time}").trim().to_owned()),
            ("place", event.place(lang).to_owned()),
            ("office", office.name(lang).to_owned()),
            ("date", date.clone()),
        ]);
        let values = SheetValues {
            base: values,
            lang,
            day,
            time: &time,
        };
        let title = fill(template.title(lang), &values);
        let subtitle = fill(template.subtitle(lang), &values);
        let body = fill(template.body(lang), &values);
        titles.push(title);
        for line in [subtitle, body] {
            let line = line.trim_matches([' ', '·']).to_owned();
            if !line.is_empty() && !details.contains(&line) {
                details.push(line);
            }
        }
    }
    let rows: Vec<SheetRow> = sheet_lines(conn, event.id, req.role)?
        .into_iter()
        .map(|a| SheetRow {
            organisation: in_langs(&a.organisation_kk, &a.organisation_ru, langs),
            position: in_langs(&a.position_kk, &a.position_ru, langs),
            full_name: a.full_name,
            phone: if req.with_phones {
                format_phone(&a.phone)
            } else {
                String::new()
            },
        })
        .collect();
    Ok(Sheet {
        title: titles.join(" / "),
        landscape: req
            .landscape
            .unwrap_or(template.orientation == crate::kinds::Orientation::Landscape),
        office_names: office.names(),
        logo: super::issue::batch_logo(conn, &template)?,
        titles,
        details,
        headings: headings(langs),
        rows,
        blank_rows,
        phones: req.with_phones,
    })
}

/// The column headings in `langs`, joined: «Аты-жөні / ФИО».
pub(crate) fn headings(langs: &[Lang]) -> SheetHeadings {
    let heading = |key: &str| {
        langs
            .iter()
            .map(|&l| Translator::new(l).tr(key, &[]))
            .collect::<Vec<_>>()
            .join(" / ")
    };
    SheetHeadings {
        number: "№".to_owned(),
        full_name: heading("sheet-full-name"),
        organisation: heading("sheet-organisation"),
        position: heading("sheet-position"),
        phone: heading("sheet-phone"),
        signature: heading("sheet-signature"),
    }
}

/// What the sheet would print in the other language because a field has no
/// text in one of the sheet's: the people's positions, and the event's place
/// when the template prints it. Shown before printing, to fill in or print
/// anyway.
pub fn sheet_missing_translations(
    conn: &Connection,
    req: &SheetRequest,
) -> Result<Vec<MissingTranslation>> {
    let event = get_event(conn, req.event_id)?;
    let template: Template = match req.template_id {
        Some(id) => get_template(conn, id)?,
        None => default_template(conn, TemplateKind::Sheet)?,
    };
    let lines = sheet_lines(conn, event.id, req.role)?;
    let mut fields: Vec<PrintedField<'_>> = Vec::new();
    if template
        .texts()
        .iter()
        .any(|(_, text)| text.contains("{place"))
    {
        fields.push(PrintedField::place_of(&event));
    }
    fields.extend(lines.iter().map(|a| {
        PrintedField::position_of(a.person_id, &a.full_name, &a.position_kk, &a.position_ru)
    }));
    Ok(missing_translations(fields, req.lang.langs()))
}

/// Renders the sheet of an event to PDF bytes; characters the fonts lack are
/// listed by row instead.
pub fn render_sheet(conn: &Connection, req: &SheetRequest) -> Result<Vec<u8>> {
    let sheet = build_sheet(conn, req)?;
    let mut check = GlyphCheck::default();
    for text in sheet.titles.iter().chain(&sheet.details) {
        check.check(&sheet.title, text);
    }
    for row in &sheet.rows {
        let text = format!(
            "{} {} {} {}",
            row.full_name, row.organisation, row.position, row.phone
        );
        check.check(&row.full_name, &text);
    }
    check.finish()?;
    let doc = kense_pdf::sheet_document(&sheet)?;
    kense_pdf::render_pdf(&doc.title, &doc.pages).map_err(Error::from)
}

/// The sheet's placeholder values: `{event_date:words}` is the date in words
/// and the start time («2026 жылғы 8 қараша, 10:00»).
struct SheetValues<'a> {
    base: HashMap<&'static str, String>,
    lang: Lang,
    day: Option<chrono::NaiveDate>,
    time: &'a str,
}

impl Values for SheetValues<'_> {
    fn value(&self, name: &str, modifier: Option<&str>) -> Option<String> {
        let case = match modifier {
            Some("words") => Some(crate::grammar::KkCase::Nominative),
            Some(m) => crate::grammar::KkCase::from_name(m),
            None => None,
        };
        match (name, case, self.day) {
            ("event_date" | "date", Some(case), Some(day)) => {
                let words = crate::grammar::dates::date_in_words(self.lang, day, case);
                Some(if name == "event_date" && !self.time.is_empty() {
                    format!("{words}, {}", self.time)
                } else {
                    words
                })
            }
            _ => self.base.get(name).cloned(),
        }
    }
}

/// Renders the sheet of an event and writes it to `path` atomically; the
/// export is entered in the audit trail (with or without phones is in the
/// subject). Returns the number of people on it.
pub fn save_sheet(conn: &Connection, req: &SheetRequest, path: &std::path::Path) -> Result<usize> {
    let bytes = render_sheet(conn, req)?;
    crate::files::write_atomic(path, &bytes)?;
    let rows = sheet_lines(conn, req.event_id, req.role)?.len();
    let subject = format!(
        "sheet event {}{}",
        req.event_id,
        if req.with_phones { " with phones" } else { "" }
    );
    crate::audit::record(
        conn,
        &crate::audit::NewAuditEntry {
            kind: crate::audit::AuditKind::Export,
            subject: &subject,
            row_count: rows,
            file: &path.display().to_string(),
            with_iin: false,
        },
    )?;
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::records_test_support::{event_and_person, store};

    #[test]
    fn a_russian_sheet_lists_a_position_only_in_kazakh_and_prints_the_russian_once_filled() {
        let store = store();
        let c = store.conn();
        let (event, person) = event_and_person(c);
        let mut input = crate::people::PersonInput {
            surname: "Сейітов".into(),
            name: "Ерлан".into(),
            position_kk: "Бас маман".into(),
            ..Default::default()
        };
        crate::people::update_person(c, person, &input).unwrap();
        crate::attendance::add_attendance(c, event, &[person], Role::Participant).unwrap();
        let req = SheetRequest {
            event_id: event,
            template_id: None,
            lang: DocLang::Ru,
            blank_rows: 0,
            role: None,
            landscape: None,
            with_phones: false,
        };
        let missing = sheet_missing_translations(c, &req).unwrap();
        assert_eq!(missing.len(), 1, "{missing:?}");
        assert_eq!((missing[0].id, missing[0].lang), (person, Lang::Ru));
        input.position_ru = "Главный специалист".into();
        crate::people::update_person(c, person, &input).unwrap();
        assert!(sheet_missing_translations(c, &req).unwrap().is_empty());
        let sheet = build_sheet(c, &req).unwrap();
        assert_eq!(sheet.rows[0].position, "Главный специалист");
        assert!(
            sheet
                .details
                .iter()
                .any(|d| d.contains("г. Конаев, акимат")),
            "{:?}",
            sheet.details
        );
        let both = build_sheet(
            c,
            &SheetRequest {
                lang: DocLang::Both,
                ..req
            },
        )
        .unwrap();
        assert_eq!(both.rows[0].position, "Бас маман / Главный специалист");
    }
}
