//! Importing people and organisations into the registry, and an event's
//! participant list onto the event: a preview that lists every problem by
//! row and column, then a commit of all rows in one transaction — or none.
//!
//! Importing the same file twice adds nobody twice: a row is matched to an
//! existing person by IIN, else by full name together with phone or
//! organisation; to an existing organisation by its name in either language.

use crate::attendance;
use crate::categories::{self, CategoryInput};
use crate::changelog::{self, Action, Bulk};
use crate::error::SqlContext;
use crate::fold::fold;
use crate::import::{
    ColumnMapping, Field, ImportError, ImportKind, OrganisationDraft, PersonDraft, Problem, Table,
    TableFormat, has_required_columns, parse_organisations, parse_people, read_table,
    recognise_columns,
};
use crate::kinds::Role;
use crate::organisations::{self, OrganisationInput};
use crate::people::{self, PersonInput};
use crate::{Error, FieldName, Invalid, Result};
use rusqlite::{Connection, OptionalExtension};
use serde::Serialize;
use std::collections::HashMap;
use std::path::Path;
use ts_rs::TS;

/// How many problems a preview lists (the counts cover them all).
pub const MAX_LISTED_PROBLEMS: usize = 1000;

/// What the user sees before committing an import.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportPreview {
    /// People or organisations.
    pub kind: ImportKind,
    /// What the file was read as.
    pub format: TableFormat,
    /// The sheet read, for workbooks.
    #[ts(optional = nullable)]
    pub sheet: Option<String>,
    /// The header row as in the file.
    pub headers: Vec<String>,
    /// Which column feeds which field (recognised, or as the user set it).
    pub mapping: ColumnMapping,
    /// The fields a column may be mapped to for this kind.
    pub fields: Vec<Field>,
    /// False when the columns the kind needs are not mapped.
    pub has_required_columns: bool,
    /// Data rows in the file.
    pub total_rows: u32,
    /// Rows without problems.
    pub valid_rows: u32,
    /// Valid rows that are already in the registry.
    pub existing_rows: u32,
    /// Rows with at least one problem.
    pub invalid_rows: u32,
    /// The problems, by row and column (at most [`MAX_LISTED_PROBLEMS`]).
    pub problems: Vec<Problem>,
    /// The first rows of the file, for the mapping screen.
    pub sample: Vec<Vec<String>>,
}

/// What a commit did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportOutcome {
    /// Rows added to the registry.
    pub created: u32,
    /// Rows already in the registry (left as they are).
    pub existing: u32,
    /// Invalid rows skipped.
    pub skipped: u32,
    /// People added to the event (attendance imports).
    pub added_to_event: u32,
}

/// Reads an import file from disk into a table.
pub fn read_import_file(path: &Path) -> Result<Table> {
    let bytes = std::fs::read(path).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    read_table(&name, &bytes).map_err(file_error)
}

/// The import error of a whole file as a validation error of the `file` field.
pub fn file_error(err: ImportError) -> Error {
    let reason = err.reason();
    match err.limit() {
        Some(limit) => Error::over_limit(FieldName::File, reason, limit, err.to_string()),
        None => Error::validation(FieldName::File, reason, err.to_string()),
    }
}

fn mapping_for(kind: ImportKind, table: &Table, mapping: Option<ColumnMapping>) -> ColumnMapping {
    let mut mapping = mapping.unwrap_or_else(|| recognise_columns(kind, &table.headers));
    mapping.resize(table.headers.len(), None);
    mapping
}

/// Validates every row and counts what a commit would do; writes nothing.
pub fn preview_import(
    conn: &Connection,
    kind: ImportKind,
    table: &Table,
    mapping: Option<ColumnMapping>,
) -> Result<ImportPreview> {
    let mapping = mapping_for(kind, table, mapping);
    let mut preview = ImportPreview {
        kind,
        format: table.format,
        sheet: table.sheet.clone(),
        headers: table.headers.clone(),
        has_required_columns: has_required_columns(kind, &mapping),
        fields: Field::for_kind(kind).to_vec(),
        mapping: mapping.clone(),
        total_rows: count(table.rows.len()),
        valid_rows: 0,
        existing_rows: 0,
        invalid_rows: 0,
        problems: Vec::new(),
        sample: table
            .rows
            .iter()
            .take(10)
            .map(|r| r.cells.clone())
            .collect(),
    };
    let mut note = |problems: Vec<Problem>, valid: bool, existing: bool| {
        if valid {
            preview.valid_rows += 1;
            preview.existing_rows += u32::from(existing);
        } else {
            preview.invalid_rows += 1;
        }
        for problem in problems {
            if preview.problems.len() < MAX_LISTED_PROBLEMS {
                preview.problems.push(problem);
            }
        }
    };
    match kind {
        ImportKind::People => {
            let mut orgs = OrganisationCache::default();
            for row in parse_people(table, &mapping) {
                let existing = match &row.value {
                    Some(draft) => {
                        let org = orgs.find(conn, &draft.organisation)?;
                        find_existing_person(conn, draft, org)?.is_some()
                    }
                    None => false,
                };
                note(row.problems, row.value.is_some(), existing);
            }
        }
        ImportKind::Organisations => {
            for row in parse_organisations(table, &mapping) {
                let existing = match &row.value {
                    Some(draft) => find_existing_organisation(conn, draft)?.is_some(),
                    None => false,
                };
                note(row.problems, row.value.is_some(), existing);
            }
        }
    }
    Ok(preview)
}

/// Writes the valid rows. Call inside a transaction: without `skip_invalid`
/// any invalid row refuses the whole import (nothing is written); with an
/// `event`, every person of the file is also added to that event in the
/// role of its row (participant when none).
pub fn commit_import(
    conn: &Connection,
    kind: ImportKind,
    table: &Table,
    mapping: Option<ColumnMapping>,
    skip_invalid: bool,
    event: Option<i64>,
) -> Result<ImportOutcome> {
    let none = crate::progress::Progress::none();
    commit_import_with_progress(conn, kind, table, mapping, skip_invalid, event, &none)
}

/// [`commit_import`] reporting each row written to `progress` and stopping
/// with [`Error::Cancelled`] between two rows once it is cancelled (the
/// caller's transaction then rolls back: nothing is written).
pub fn commit_import_with_progress(
    conn: &Connection,
    kind: ImportKind,
    table: &Table,
    mapping: Option<ColumnMapping>,
    skip_invalid: bool,
    event: Option<i64>,
    progress: &crate::progress::Progress<'_>,
) -> Result<ImportOutcome> {
    let started = std::time::Instant::now();
    let committed = commit_import_rows(conn, kind, table, mapping, skip_invalid, event, progress);
    let ms = started.elapsed().as_millis();
    match &committed {
        Ok(o) => tracing::info!(
            kind = ?kind,
            rows = table.rows.len(),
            created = o.created,
            existing = o.existing,
            skipped = o.skipped,
            added_to_event = o.added_to_event,
            ms,
            "import committed"
        ),
        Err(err) => tracing::warn!(
            kind = ?kind,
            rows = table.rows.len(),
            code = err.code().as_str(),
            ms,
            "import refused"
        ),
    }
    committed
}

fn commit_import_rows(
    conn: &Connection,
    kind: ImportKind,
    table: &Table,
    mapping: Option<ColumnMapping>,
    skip_invalid: bool,
    event: Option<i64>,
    progress: &crate::progress::Progress<'_>,
) -> Result<ImportOutcome> {
    let mapping = mapping_for(kind, table, mapping);
    let total = table.rows.len() as u64;
    if !has_required_columns(kind, &mapping) {
        return Err(missing_columns());
    }
    let people_before = changelog::last_id(conn, Bulk::Person)?;
    let organisations_before = changelog::last_id(conn, Bulk::Organisation)?;
    let mut outcome = ImportOutcome::default();
    match kind {
        ImportKind::People => {
            let rows = parse_people(table, &mapping);
            refuse_invalid(
                rows.iter().filter(|r| r.value.is_none()).count(),
                skip_invalid,
            )?;
            let mut orgs = OrganisationCache::default();
            let mut cats: HashMap<String, i64> = HashMap::new();
            for (done, row) in rows.into_iter().enumerate() {
                progress.step(done as u64, total)?;
                let Some(draft) = row.value else {
                    outcome.skipped += 1;
                    continue;
                };
                let org = orgs.find_or_create(conn, &draft.organisation)?;
                let person = match find_existing_person(conn, &draft, org)? {
                    Some(id) => {
                        outcome.existing += 1;
                        id
                    }
                    None => {
                        let input = person_input(conn, &draft, org, &mut cats)?;
                        let clean =
                            people::validate(conn, &input).map_err(|e| at_line(row.line, e))?;
                        outcome.created += 1;
                        people::insert_clean(conn, &clean, Action::Import)
                            .map_err(|e| at_line(row.line, e))?
                    }
                };
                if let Some(event_id) = event {
                    let role = draft.role.unwrap_or(Role::Participant);
                    outcome.added_to_event +=
                        count(attendance::add_attendance(conn, event_id, &[person], role)?);
                }
            }
        }
        ImportKind::Organisations => {
            let rows = parse_organisations(table, &mapping);
            refuse_invalid(
                rows.iter().filter(|r| r.value.is_none()).count(),
                skip_invalid,
            )?;
            for (done, row) in rows.into_iter().enumerate() {
                progress.step(done as u64, total)?;
                let Some(draft) = row.value else {
                    outcome.skipped += 1;
                    continue;
                };
                if find_existing_organisation(conn, &draft)?.is_some() {
                    outcome.existing += 1;
                    continue;
                }
                organisations::insert_with_action(
                    conn,
                    &organisation_input(&draft),
                    Action::Import,
                )
                .map_err(|e| at_line(row.line, e))?;
                outcome.created += 1;
            }
        }
    }
    changelog::log_new_rows(conn, Bulk::Person, people_before, Action::Import)?;
    changelog::log_new_rows(
        conn,
        Bulk::Organisation,
        organisations_before,
        Action::Import,
    )?;
    // The import itself: on the event's history, or as an `import` entry.
    let (entity, entity_id) = match event {
        Some(event_id) => ("event", event_id),
        None => ("import", 0),
    };
    changelog::log_change(
        conn,
        entity,
        entity_id,
        Action::Import,
        &format!(
            "{} rows: {} created, {} existing, {} skipped, {} added to event",
            table.rows.len(),
            outcome.created,
            outcome.existing,
            outcome.skipped,
            outcome.added_to_event
        ),
    )?;
    progress.set(total, total);
    Ok(outcome)
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Why a commit of this preview would be refused, if it would: the needed
/// columns are not mapped, or rows have problems and are not to be skipped.
/// The same rule [`commit_import`] applies.
pub fn refusal(preview: &ImportPreview, skip_invalid: bool) -> Option<Error> {
    if !preview.has_required_columns {
        return Some(missing_columns());
    }
    refuse_invalid(preview.invalid_rows as usize, skip_invalid).err()
}

fn missing_columns() -> Error {
    Error::validation(
        FieldName::File,
        Invalid::MissingColumns,
        "the columns this import needs are not mapped",
    )
}

fn refuse_invalid(invalid: usize, skip_invalid: bool) -> Result<()> {
    if invalid > 0 && !skip_invalid {
        return Err(Error::over_limit(
            FieldName::File,
            Invalid::RowsWithProblems,
            invalid as u64,
            format!("{invalid} rows have problems; fix them or skip them"),
        ));
    }
    Ok(())
}

/// Names the file row in an error met while writing it.
fn at_line(line: usize, err: Error) -> Error {
    match err {
        Error::Validation {
            field,
            reason,
            limit,
            message,
        } => Error::Validation {
            field,
            reason,
            limit,
            message: format!("row {line}: {message}"),
        },
        other => other,
    }
}

/// Organisation names resolved during one import.
#[derive(Default)]
struct OrganisationCache(HashMap<String, Option<i64>>);

impl OrganisationCache {
    fn find(&mut self, conn: &Connection, name: &str) -> Result<Option<i64>> {
        let key = fold(name);
        if key.is_empty() {
            return Ok(None);
        }
        if let Some(found) = self.0.get(&key) {
            return Ok(*found);
        }
        let found = organisations::find_organisation_by_name(conn, name)?;
        self.0.insert(key, found);
        Ok(found)
    }

    fn find_or_create(&mut self, conn: &Connection, name: &str) -> Result<Option<i64>> {
        if let Some(id) = self.find(conn, name)? {
            return Ok(Some(id));
        }
        let key = fold(name);
        if key.is_empty() {
            return Ok(None);
        }
        let id = organisations::insert_with_action(
            conn,
            &OrganisationInput {
                name_kk: name.to_owned(),
                name_ru: name.to_owned(),
                ..OrganisationInput::default()
            },
            Action::Import,
        )?;
        self.0.insert(key, Some(id));
        Ok(Some(id))
    }
}

fn person_input(
    conn: &Connection,
    draft: &PersonDraft,
    organisation_id: Option<i64>,
    cats: &mut HashMap<String, i64>,
) -> Result<PersonInput> {
    let mut category_ids = Vec::new();
    for name in &draft.categories {
        let key = fold(name);
        if key.is_empty() {
            continue;
        }
        let id = match cats.get(&key) {
            Some(id) => *id,
            None => {
                let id = match categories::find_category_by_name(conn, name)? {
                    Some(id) => id,
                    None => categories::save_category(
                        conn,
                        &CategoryInput {
                            id: None,
                            name_kk: name.clone(),
                            name_ru: name.clone(),
                        },
                    )?,
                };
                cats.insert(key, id);
                id
            }
        };
        category_ids.push(id);
    }
    Ok(PersonInput {
        surname: draft.surname.clone(),
        name: draft.name.clone(),
        patronymic: draft.patronymic.clone(),
        gender: draft.gender,
        organisation_id,
        position_kk: draft.position_kk.clone(),
        position_ru: draft.position_ru.clone(),
        phone: draft.phone.clone(),
        email: draft.email.clone(),
        category_ids,
        iin: draft.iin.clone(),
        consent: draft.consent,
        consent_date: draft.consent_date.clone(),
        notes: draft.notes.clone(),
    })
}

/// The person a row describes, if already in the registry.
fn find_existing_person(
    conn: &Connection,
    draft: &PersonDraft,
    organisation_id: Option<i64>,
) -> Result<Option<i64>> {
    if !draft.iin.is_empty() {
        let by_iin: Option<i64> = conn
            .prepare_cached("SELECT id FROM person WHERE iin = ?1 AND deleted_at IS NULL")
            .and_then(|mut stmt| stmt.query_row([&draft.iin], |row| row.get(0)).optional())
            .context("matching a person by IIN")?;
        if by_iin.is_some() {
            return Ok(by_iin);
        }
    }
    let key = fold(&people::full_name(
        &draft.surname,
        &draft.name,
        &draft.patronymic,
    ));
    let mut stmt = conn
        .prepare_cached(
            "SELECT id, organisation_id, phone, iin FROM person
             WHERE name_key = ?1 AND deleted_at IS NULL ORDER BY id",
        )
        .context("matching a person by name")?;
    let candidates = stmt
        .query_map([key], |row| {
            Ok((
                row.get::<_, i64>(0)?,
                row.get::<_, Option<i64>>(1)?,
                row.get::<_, String>(2)?,
                row.get::<_, Option<String>>(3)?,
            ))
        })
        .context("matching a person by name")?
        .collect::<std::result::Result<Vec<_>, _>>()
        .context("matching a person by name")?;
    for (id, org, phone, iin) in candidates {
        // A different IIN on both sides means two people with one name.
        if iin.is_some() && !draft.iin.is_empty() && iin.as_deref() != Some(draft.iin.as_str()) {
            continue;
        }
        let same_phone = !phone.is_empty() && phone == draft.phone;
        let compatible_phone = phone.is_empty() || draft.phone.is_empty() || same_phone;
        let compatible_org = org.is_none() || organisation_id.is_none() || org == organisation_id;
        if same_phone || (compatible_phone && compatible_org) {
            return Ok(Some(id));
        }
    }
    Ok(None)
}

fn organisation_input(draft: &OrganisationDraft) -> OrganisationInput {
    OrganisationInput {
        name_kk: draft.name_kk.clone(),
        name_ru: draft.name_ru.clone(),
        kind: draft.kind,
        district: draft.district.clone(),
        address: draft.address.clone(),
        phone: draft.phone.clone(),
        email: draft.email.clone(),
        contact: draft.contact.clone(),
        notes: draft.notes.clone(),
    }
}

fn find_existing_organisation(conn: &Connection, draft: &OrganisationDraft) -> Result<Option<i64>> {
    match organisations::find_organisation_by_name(conn, &draft.name_ru)? {
        Some(id) => Ok(Some(id)),
        None => organisations::find_organisation_by_name(conn, &draft.name_kk),
    }
}
