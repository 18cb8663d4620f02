//! Document templates (`doc_template`): texts with placeholders in Kazakh and
//! Russian, the register series and layout options, stored in the database.

use super::placeholders::unknown_placeholders;
use crate::error::SqlContext;
use crate::kinds::{Orientation, TemplateKind};
use crate::office::logo_mime;
use crate::text::{clean, required};
use crate::time::now_utc;
use crate::{Error, FieldName, Invalid, Lang, Result};
use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Longest template name, in characters.
pub const MAX_NAME: usize = 200;
/// Longest series, in characters.
pub const MAX_SERIES: usize = 10;
/// Longest title, subtitle or salutation, in characters.
pub const MAX_LINE: usize = 300;
/// Longest body, in characters.
pub const MAX_BODY: usize = 4000;

/// A template as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Template {
    /// Row id.
    pub id: i64,
    /// Which document it makes.
    pub kind: TemplateKind,
    /// Name shown in lists.
    pub name: String,
    /// Register series, e.g. «АХ».
    pub series: String,
    /// Title in Kazakh.
    pub title_kk: String,
    /// Title in Russian.
    pub title_ru: String,
    /// Line under the title in Kazakh.
    pub subtitle_kk: String,
    /// Line under the title in Russian.
    pub subtitle_ru: String,
    /// Salutation in Kazakh (letters).
    pub salutation_kk: String,
    /// Salutation in Russian (letters).
    pub salutation_ru: String,
    /// Body in Kazakh; blank lines separate paragraphs.
    pub body_kk: String,
    /// Body in Russian.
    pub body_ru: String,
    /// Page orientation.
    pub orientation: Orientation,
    /// Accent colour, `#RRGGBB`.
    pub accent_color: String,
    /// The signatory; `None` for the office's default signatory.
    #[ts(optional = nullable)]
    pub signatory_id: Option<i64>,
    /// True when the template has a logo of its own (else the office logo is used).
    pub has_logo: bool,
    /// Print the verification code and QR code.
    pub show_qr: bool,
    /// One of the templates Kense ships with.
    pub builtin: bool,
}

impl Template {
    /// The title in `lang`.
    pub fn title(&self, lang: Lang) -> &str {
        match lang {
            Lang::Kk => &self.title_kk,
            Lang::Ru => &self.title_ru,
        }
    }

    /// The subtitle in `lang`.
    pub fn subtitle(&self, lang: Lang) -> &str {
        match lang {
            Lang::Kk => &self.subtitle_kk,
            Lang::Ru => &self.subtitle_ru,
        }
    }

    /// The salutation in `lang`.
    pub fn salutation(&self, lang: Lang) -> &str {
        match lang {
            Lang::Kk => &self.salutation_kk,
            Lang::Ru => &self.salutation_ru,
        }
    }

    /// The body in `lang`.
    pub fn body(&self, lang: Lang) -> &str {
        match lang {
            Lang::Kk => &self.body_kk,
            Lang::Ru => &self.body_ru,
        }
    }

    /// `(field, text)` of every text with placeholders.
    pub fn texts(&self) -> [(FieldName, &str); 8] {
        [
            (FieldName::TitleKk, &self.title_kk),
            (FieldName::TitleRu, &self.title_ru),
            (FieldName::SubtitleKk, &self.subtitle_kk),
            (FieldName::SubtitleRu, &self.subtitle_ru),
            (FieldName::SalutationKk, &self.salutation_kk),
            (FieldName::SalutationRu, &self.salutation_ru),
            (FieldName::BodyKk, &self.body_kk),
            (FieldName::BodyRu, &self.body_ru),
        ]
    }
}

/// A new or edited template: everything but the id, the logo and the flags.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TemplateInput {
    /// The template to edit; `None` to create one.
    #[ts(optional = nullable)]
    pub id: Option<i64>,
    /// Which document it makes.
    pub kind: TemplateKind,
    /// Name shown in lists.
    pub name: String,
    /// Register series.
    pub series: String,
    /// Title in Kazakh.
    pub title_kk: String,
    /// Title in Russian.
    pub title_ru: String,
    /// Subtitle in Kazakh.
    pub subtitle_kk: String,
    /// Subtitle in Russian.
    pub subtitle_ru: String,
    /// Salutation in Kazakh.
    pub salutation_kk: String,
    /// Salutation in Russian.
    pub salutation_ru: String,
    /// Body in Kazakh.
    pub body_kk: String,
    /// Body in Russian.
    pub body_ru: String,
    /// Orientation.
    pub orientation: Orientation,
    /// Accent colour, `#RRGGBB`.
    pub accent_color: String,
    /// Signatory, or `None` for the default one.
    #[ts(optional = nullable)]
    pub signatory_id: Option<i64>,
    /// Print the verification code and QR code.
    pub show_qr: bool,
}

impl From<&Template> for TemplateInput {
    fn from(t: &Template) -> Self {
        Self {
            id: Some(t.id),
            kind: t.kind,
            name: t.name.clone(),
            series: t.series.clone(),
            title_kk: t.title_kk.clone(),
            title_ru: t.title_ru.clone(),
            subtitle_kk: t.subtitle_kk.clone(),
            subtitle_ru: t.subtitle_ru.clone(),
            salutation_kk: t.salutation_kk.clone(),
            salutation_ru: t.salutation_ru.clone(),
            body_kk: t.body_kk.clone(),
            body_ru: t.body_ru.clone(),
            orientation: t.orientation,
            accent_color: t.accent_color.clone(),
            signatory_id: t.signatory_id,
            show_qr: t.show_qr,
        }
    }
}

const COLUMNS: &str = "id, kind, name, series, title_kk, title_ru, subtitle_kk, subtitle_ru, \
    salutation_kk, salutation_ru, body_kk, body_ru, orientation, accent_color, signatory_id, \
    logo IS NOT NULL, show_qr, builtin";

fn from_row(row: &Row<'_>) -> rusqlite::Result<Template> {
    Ok(Template {
        id: row.get(0)?,
        kind: row.get(1)?,
        name: row.get(2)?,
        series: row.get(3)?,
        title_kk: row.get(4)?,
        title_ru: row.get(5)?,
        subtitle_kk: row.get(6)?,
        subtitle_ru: row.get(7)?,
        salutation_kk: row.get(8)?,
        salutation_ru: row.get(9)?,
        body_kk: row.get(10)?,
        body_ru: row.get(11)?,
        orientation: row.get(12)?,
        accent_color: row.get(13)?,
        signatory_id: row.get(14)?,
        has_logo: row.get(15)?,
        show_qr: row.get(16)?,
        builtin: row.get(17)?,
    })
}

/// The live templates, by kind then name (built-in first).
pub fn list_templates(conn: &Connection) -> Result<Vec<Template>> {
    let mut stmt = conn
        .prepare_cached(&format!(
            "SELECT {COLUMNS} FROM doc_template WHERE deleted_at IS NULL \
             ORDER BY CASE kind WHEN 'sheet' THEN 0 WHEN 'gratitude' THEN 1 \
             WHEN 'diploma' THEN 2 ELSE 3 END, builtin DESC, name COLLATE KAZAKH, id"
        ))
        .context("listing templates")?;
    let rows = stmt
        .query_map([], from_row)
        .context("listing templates")?
        .collect::<rusqlite::Result<Vec<_>>>()
        .context("listing templates")?;
    Ok(rows)
}

/// One live template.
pub fn get_template(conn: &Connection, id: i64) -> Result<Template> {
    conn.query_row(
        &format!("SELECT {COLUMNS} FROM doc_template WHERE id = ?1 AND deleted_at IS NULL"),
        [id],
        from_row,
    )
    .optional()
    .context("reading a template")?
    .ok_or(Error::NotFound {
        what: "template",
        id,
    })
}

/// The first live template of `kind` (built-in ones first).
pub fn default_template(conn: &Connection, kind: TemplateKind) -> Result<Template> {
    list_templates(conn)?
        .into_iter()
        .find(|t| t.kind == kind)
        .ok_or(Error::NotFound {
            what: "template",
            id: 0,
        })
}

/// Checks a template input: lengths, series, colour, known placeholders.
pub fn validate_template(input: &TemplateInput) -> Result<TemplateInput> {
    let series = required(FieldName::Series, &input.series, MAX_SERIES)?;
    if series.chars().any(|c| !(c.is_alphanumeric() || c == '-')) {
        return Err(Error::validation(
            FieldName::Series,
            Invalid::UnknownValue,
            "may hold letters, digits and '-' only",
        ));
    }
    let accent_color = input.accent_color.trim().to_owned();
    if kense_pdf::Rgb::from_hex(&accent_color).is_none() || !accent_color.starts_with('#') {
        return Err(Error::validation(
            FieldName::AccentColor,
            Invalid::NotAColor,
            "must be written as #RRGGBB",
        ));
    }
    let line = |field: FieldName, v: &str| clean(field, v, MAX_LINE);
    let out = TemplateInput {
        id: input.id,
        kind: input.kind,
        name: required(FieldName::Name, &input.name, MAX_NAME)?,
        series,
        title_kk: line(FieldName::TitleKk, &input.title_kk)?,
        title_ru: line(FieldName::TitleRu, &input.title_ru)?,
        subtitle_kk: line(FieldName::SubtitleKk, &input.subtitle_kk)?,
        subtitle_ru: line(FieldName::SubtitleRu, &input.subtitle_ru)?,
        salutation_kk: line(FieldName::SalutationKk, &input.salutation_kk)?,
        salutation_ru: line(FieldName::SalutationRu, &input.salutation_ru)?,
        body_kk: clean(FieldName::BodyKk, &input.body_kk, MAX_BODY)?,
        body_ru: clean(FieldName::BodyRu, &input.body_ru, MAX_BODY)?,
        orientation: input.orientation,
        accent_color: accent_color.to_uppercase(),
        signatory_id: input.signatory_id,
        show_qr: input.show_qr,
    };
    for (field, text) in [
        (FieldName::TitleKk, &out.title_kk),
        (FieldName::TitleRu, &out.title_ru),
        (FieldName::SubtitleKk, &out.subtitle_kk),
        (FieldName::SubtitleRu, &out.subtitle_ru),
        (FieldName::SalutationKk, &out.salutation_kk),
        (FieldName::SalutationRu, &out.salutation_ru),
        (FieldName::BodyKk, &out.body_kk),
        (FieldName::BodyRu, &out.body_ru),
    ] {
        let unknown = unknown_placeholders(text);
        if !unknown.is_empty() {
            return Err(Error::validation(
                field,
                Invalid::UnknownPlaceholder,
                format!(
                    "unknown placeholder {}",
                    unknown
                        .iter()
                        .map(|u| format!("{{{u}}}"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            ));
        }
    }
    if out.title_kk.is_empty() && out.title_ru.is_empty() {
        return Err(Error::validation(
            FieldName::TitleKk,
            Invalid::Required,
            "is required",
        ));
    }
    Ok(out)
}

/// Creates or updates a template after [`validate_template`]; returns it.
pub fn save_template(conn: &Connection, input: &TemplateInput) -> Result<Template> {
    let t = validate_template(input)?;
    if let Some(sid) = t.signatory_id {
        crate::signatories::get_signatory(conn, sid).map_err(|_| {
            Error::validation(
                FieldName::SignatoryId,
                Invalid::UnknownReference,
                "no such signatory",
            )
        })?;
    }
    let now = now_utc();
    let id = match t.id {
        Some(id) => {
            let current = get_template(conn, id)?;
            if current.kind != t.kind {
                return Err(Error::validation(
                    FieldName::Kind,
                    Invalid::UnknownValue,
                    "the kind of a template cannot change",
                ));
            }
            conn.execute(
                "UPDATE doc_template SET name = ?2, series = ?3, title_kk = ?4, title_ru = ?5, \
                 subtitle_kk = ?6, subtitle_ru = ?7, salutation_kk = ?8, salutation_ru = ?9, \
                 body_kk = ?10, body_ru = ?11, orientation = ?12, accent_color = ?13, \
                 signatory_id = ?14, show_qr = ?15, updated_at = ?16 WHERE id = ?1",
                params![
                    id,
                    t.name,
                    t.series,
                    t.title_kk,
                    t.title_ru,
                    t.subtitle_kk,
                    t.subtitle_ru,
                    t.salutation_kk,
                    t.salutation_ru,
                    t.body_kk,
                    t.body_ru,
                    t.orientation,
                    t.accent_color,
                    t.signatory_id,
                    t.show_qr,
                    now
                ],
            )
            .context("saving a template")?;
            id
        }
        None => {
            conn.execute(
                "INSERT INTO doc_template (uuid, kind, name, series, title_kk, title_ru, \
                 subtitle_kk, subtitle_ru, salutation_kk, salutation_ru, body_kk, body_ru, \
                 orientation, accent_color, signatory_id, show_qr, created_at, updated_at) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?17)",
                params![
                    uuid::Uuid::now_v7().to_string(),
                    t.kind,
                    t.name,
                    t.series,
                    t.title_kk,
                    t.title_ru,
                    t.subtitle_kk,
                    t.subtitle_ru,
                    t.salutation_kk,
                    t.salutation_ru,
                    t.body_kk,
                    t.body_ru,
                    t.orientation,
                    t.accent_color,
                    t.signatory_id,
                    t.show_qr,
                    now
                ],
            )
            .context("creating a template")?;
            conn.last_insert_rowid()
        }
    };
    get_template(conn, id)
}

/// Copies a template (texts, options and logo) under the name «… (2)»; the
/// copy is never built-in. Returns the copy.
pub fn duplicate_template(conn: &Connection, id: i64, copy_name: &str) -> Result<Template> {
    let source = get_template(conn, id)?;
    let mut input = TemplateInput::from(&source);
    input.id = None;
    input.name = copy_name.to_owned();
    let copy = save_template(conn, &input)?;
    conn.execute(
        "UPDATE doc_template SET logo = (SELECT logo FROM doc_template WHERE id = ?1), \
         logo_mime = (SELECT logo_mime FROM doc_template WHERE id = ?1) WHERE id = ?2",
        params![id, copy.id],
    )
    .context("copying the template logo")?;
    get_template(conn, copy.id)
}

/// Removes a template from the lists (documents made from it keep their
/// content). Built-in templates cannot be deleted, only edited.
pub fn delete_template(conn: &Connection, id: i64) -> Result<()> {
    let t = get_template(conn, id)?;
    if t.builtin {
        return Err(Error::validation(
            FieldName::Template,
            Invalid::UnknownValue,
            "a built-in template cannot be deleted",
        ));
    }
    conn.execute(
        "UPDATE doc_template SET deleted_at = ?2 WHERE id = ?1",
        params![id, now_utc()],
    )
    .context("deleting a template")?;
    Ok(())
}

/// The template's own logo, if it has one.
pub fn get_template_logo(conn: &Connection, id: i64) -> Result<Option<Vec<u8>>> {
    conn.query_row(
        "SELECT logo FROM doc_template WHERE id = ?1 AND logo IS NOT NULL",
        [id],
        |row| row.get(0),
    )
    .optional()
    .context("reading a template logo")
}

/// Gives the template a PNG or JPEG logo of its own; `None` removes it (the
/// office logo is used again).
pub fn set_template_logo(conn: &Connection, id: i64, bytes: Option<&[u8]>) -> Result<()> {
    get_template(conn, id)?;
    let mime = bytes.map(|b| logo_mime(FieldName::Logo, b)).transpose()?;
    conn.execute(
        "UPDATE doc_template SET logo = ?2, logo_mime = ?3, updated_at = ?4 WHERE id = ?1",
        params![id, bytes, mime, now_utc()],
    )
    .context("saving a template logo")?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{ErrorCode, Store};

    #[test]
    fn every_kind_has_a_builtin_template_with_known_placeholders() {
        let store = Store::open_in_memory().unwrap();
        let all = list_templates(store.conn()).unwrap();
        for kind in TemplateKind::ALL {
            let t = all.iter().find(|t| t.kind == *kind).unwrap();
            assert!(t.builtin);
            validate_template(&TemplateInput::from(t)).unwrap();
        }
    }

    #[test]
    fn unknown_placeholders_and_bad_colours_are_refused_naming_the_field() {
        let store = Store::open_in_memory().unwrap();
        let t = default_template(store.conn(), TemplateKind::Gratitude).unwrap();
        let mut input = TemplateInput::from(&t);
        input.body_ru = "Уважаемый {fullname}!".to_owned();
        let err = save_template(store.conn(), &input).unwrap_err();
        assert_eq!(err.field(), Some(FieldName::BodyRu));
        assert_eq!(err.invalid().unwrap().0, Invalid::UnknownPlaceholder);
        assert!(err.to_string().contains("{fullname}"), "{err}");

        let mut input = TemplateInput::from(&t);
        input.accent_color = "blue".to_owned();
        let err = save_template(store.conn(), &input).unwrap_err();
        assert_eq!(
            (err.code(), err.field()),
            (ErrorCode::Validation, Some(FieldName::AccentColor))
        );

        let mut input = TemplateInput::from(&t);
        input.series = "А/Х".to_owned();
        assert_eq!(
            save_template(store.conn(), &input).unwrap_err().field(),
            Some(FieldName::Series)
        );
    }

    #[test]
    fn duplicate_edit_and_delete() {
        let store = Store::open_in_memory().unwrap();
        let conn = store.conn();
        let t = default_template(conn, TemplateKind::Diploma).unwrap();
        let copy = duplicate_template(conn, t.id, "«Лидер отрасли»").unwrap();
        assert!(!copy.builtin);
        assert_eq!(
            (copy.kind, copy.body_kk.as_str()),
            (t.kind, t.body_kk.as_str())
        );
        let mut input = TemplateInput::from(&copy);
        input.subtitle_kk = "«Сала көшбасшысы» номинациясы".to_owned();
        let saved = save_template(conn, &input).unwrap();
        assert_eq!(saved.subtitle_kk, "«Сала көшбасшысы» номинациясы");
        assert!(delete_template(conn, t.id).is_err(), "built-in stays");
        delete_template(conn, copy.id).unwrap();
        assert!(
            list_templates(conn)
                .unwrap()
                .iter()
                .all(|x| x.id != copy.id)
        );
    }
}
