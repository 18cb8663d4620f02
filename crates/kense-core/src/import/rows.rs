//! Turning table rows into validated drafts, with a problem per refused
//! cell.

use super::columns::{ColumnMapping, Field, ImportKind};
use super::model::{
    OrganisationDraft, ParsedRow, PersonDraft, Problem, recognise_gender, recognise_org_kind,
    recognise_role, recognise_yes_no,
};
use super::names::split_full_name;
use super::table::{Table, TableRow, column_letter};
use crate::Invalid;
use crate::fold::fold;
use crate::validate::{is_email, normalize_phone, parse_date, validate_iin};

/// Longest surname, name or patronymic, in characters.
pub const MAX_NAME_PART: usize = 200;
/// Longest organisation name, in characters.
pub const MAX_ORGANISATION_NAME: usize = 500;
/// Longest position, district, address, contact or category, in characters.
pub const MAX_LINE: usize = 300;
/// Longest notes, in characters.
pub const MAX_NOTES: usize = 4000;
/// Longest phone as written, in characters.
const MAX_PHONE_TEXT: usize = 60;
/// How much of a refused value a problem quotes, in characters.
const QUOTED_CHARS: usize = 100;

/// Reads people from `table` with the columns in `mapping`. Rows whose
/// mapped cells are all empty are left out.
pub fn parse_people(table: &Table, mapping: &ColumnMapping) -> Vec<ParsedRow<PersonDraft>> {
    table
        .rows
        .iter()
        .filter_map(|row| {
            let mut r = RowReader::new(table, mapping, row, ImportKind::People);
            (!r.is_blank()).then(|| {
                let draft = person(&mut r);
                r.finish(draft)
            })
        })
        .collect()
}

/// Reads organisations from `table` with the columns in `mapping`. Rows
/// whose mapped cells are all empty are left out. When only one name is
/// given it is used for both languages.
pub fn parse_organisations(
    table: &Table,
    mapping: &ColumnMapping,
) -> Vec<ParsedRow<OrganisationDraft>> {
    table
        .rows
        .iter()
        .filter_map(|row| {
            let mut r = RowReader::new(table, mapping, row, ImportKind::Organisations);
            (!r.is_blank()).then(|| {
                let draft = organisation(&mut r);
                r.finish(draft)
            })
        })
        .collect()
}

fn person(r: &mut RowReader<'_>) -> PersonDraft {
    let mut surname = r.text(Field::Surname, MAX_NAME_PART, Shape::Line);
    let mut name = r.text(Field::Name, MAX_NAME_PART, Shape::Line);
    let mut patronymic = r.text(Field::Patronymic, MAX_NAME_PART, Shape::Line);
    let full = r.text(Field::FullName, 3 * MAX_NAME_PART, Shape::Line);
    if !full.is_empty() {
        let parts = split_full_name(&full);
        for (target, part) in [
            (&mut surname, parts.surname),
            (&mut name, parts.name),
            (&mut patronymic, parts.patronymic),
        ] {
            if target.is_empty() {
                *target = part;
            }
        }
        for part in [&surname, &name, &patronymic] {
            if part.chars().count() > MAX_NAME_PART {
                r.refuse_text(Field::FullName, Invalid::TooLong, Some(MAX_NAME_PART), part);
            }
        }
    }
    for (value, field) in [(&surname, Field::Surname), (&name, Field::Name)] {
        if value.is_empty() && !r.refused(field) && !r.refused(Field::FullName) {
            let blame = if r.columns(field).next().is_none()
                && r.columns(Field::FullName).next().is_some()
            {
                Field::FullName
            } else {
                field
            };
            r.problem(blame, field, Invalid::Required, None, "");
        }
    }

    let iin = r.with_text(Field::Iin, MAX_LINE, |text| {
        validate_iin(text).map_err(|e| e.reason())
    });
    let mut gender = r.with_text(Field::Gender, MAX_LINE, |text| {
        recognise_gender(text).ok_or(Invalid::UnknownGender)
    });
    if gender.is_none() {
        gender = iin.as_ref().map(|i| i.gender);
    }
    if gender.is_none() {
        // The patronymic (-ұлы/-қызы, -ович/-овна) or the surname shows it.
        gender = crate::grammar::infer_gender(&surname, &patronymic, "");
    }
    let consent = r
        .with_text(Field::Consent, MAX_LINE, |text| {
            recognise_yes_no(text).ok_or(Invalid::UnknownConsent)
        })
        .unwrap_or(false);
    let consent_date = r.with_text(Field::ConsentDate, MAX_LINE, |text| {
        parse_date(text)
            .map(|d| d.format("%Y-%m-%d").to_string())
            .ok_or(Invalid::NotADate)
    });
    let role = r.with_text(Field::Role, MAX_LINE, |text| {
        recognise_role(text).ok_or(Invalid::UnknownRole)
    });
    // A column per language wins; a single position column goes to the
    // language it is written in (a text the same in both, to both).
    let (single_kk, single_ru) =
        crate::i18n::split_by_language(&r.text(Field::Position, MAX_LINE, Shape::Line));
    let or_single = |text: String, single: String| if text.is_empty() { single } else { text };
    let position_kk = or_single(r.text(Field::PositionKk, MAX_LINE, Shape::Line), single_kk);
    let position_ru = or_single(r.text(Field::PositionRu, MAX_LINE, Shape::Line), single_ru);
    PersonDraft {
        surname,
        name,
        patronymic,
        gender,
        organisation: r.text(Field::Organisation, MAX_ORGANISATION_NAME, Shape::Line),
        position_kk,
        position_ru,
        phone: r.phone(),
        email: r.email(),
        categories: r.categories(),
        iin: iin.map(|i| i.digits).unwrap_or_default(),
        consent,
        consent_date,
        notes: r.notes(),
        role,
    }
}

fn organisation(r: &mut RowReader<'_>) -> OrganisationDraft {
    let mut name_kk = r.text(Field::NameKk, MAX_ORGANISATION_NAME, Shape::Line);
    let mut name_ru = r.text(Field::NameRu, MAX_ORGANISATION_NAME, Shape::Line);
    if name_kk.is_empty() {
        name_kk.clone_from(&name_ru);
    } else if name_ru.is_empty() {
        name_ru.clone_from(&name_kk);
    }
    if name_ru.is_empty() && !r.refused(Field::NameKk) && !r.refused(Field::NameRu) {
        let field = if r.columns(Field::NameRu).next().is_none()
            && r.columns(Field::NameKk).next().is_some()
        {
            Field::NameKk
        } else {
            Field::NameRu
        };
        r.problem(field, field, Invalid::Required, None, "");
    }
    let kind = r.with_text(Field::Kind, MAX_LINE, |text| {
        recognise_org_kind(text).ok_or(Invalid::UnknownOrgKind)
    });
    OrganisationDraft {
        name_kk,
        name_ru,
        kind,
        district: r.text(Field::District, MAX_LINE, Shape::Line),
        address: r.text(Field::Address, MAX_LINE, Shape::Line),
        phone: r.phone(),
        email: r.email(),
        contact: r.text(Field::Contact, MAX_LINE, Shape::Line),
        notes: r.notes(),
    }
}

/// Whether line breaks are kept.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// One line: line breaks and tabs become spaces, runs of spaces one.
    Line,
    /// Several lines kept.
    Lines,
}

/// Trims and checks one value; line breaks per `shape`. Invisible
/// characters pasted from the web (zero-width space, soft hyphen, BOM) are
/// dropped.
fn clean(value: &str, max: usize, shape: Shape) -> Result<String, (Invalid, Option<usize>)> {
    let visible: String = value
        .chars()
        .filter(|c| !matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}' | '\u{AD}'))
        .collect();
    let cleaned = match shape {
        Shape::Line => visible.split_whitespace().collect::<Vec<_>>().join(" "),
        Shape::Lines => visible.trim().replace("\r\n", "\n").replace('\r', "\n"),
    };
    if cleaned
        .chars()
        .any(|c| c.is_control() && !(shape == Shape::Lines && matches!(c, '\n' | '\t')))
    {
        return Err((Invalid::ControlCharacters, None));
    }
    if cleaned.chars().count() > max {
        return Err((Invalid::TooLong, Some(max)));
    }
    Ok(cleaned)
}

/// Reads the mapped cells of one row and collects the problems.
struct RowReader<'a> {
    table: &'a Table,
    mapping: &'a ColumnMapping,
    row: &'a TableRow,
    kind: ImportKind,
    /// Problems with the index of the column blamed, for sorting.
    problems: Vec<(usize, Problem)>,
}

impl<'a> RowReader<'a> {
    fn new(
        table: &'a Table,
        mapping: &'a ColumnMapping,
        row: &'a TableRow,
        kind: ImportKind,
    ) -> Self {
        Self {
            table,
            mapping,
            row,
            kind,
            problems: Vec::new(),
        }
    }

    /// The columns mapped to `field` (only fields of this import kind).
    fn columns(&self, field: Field) -> impl Iterator<Item = usize> + '_ {
        let valid = Field::for_kind(self.kind).contains(&field);
        self.mapping
            .iter()
            .enumerate()
            .filter(move |(_, f)| valid && **f == Some(field))
            .map(|(i, _)| i)
    }

    fn cell(&self, column: usize) -> &'a str {
        self.row.cells.get(column).map_or("", String::as_str)
    }

    fn is_blank(&self) -> bool {
        !Field::for_kind(self.kind)
            .iter()
            .flat_map(|&f| self.columns(f))
            .any(|c| !self.cell(c).trim().is_empty())
    }

    /// The first non-empty cell of `field` (only the first column unless
    /// the field takes several), with its column.
    fn raw(&self, field: Field) -> Option<(usize, &'a str)> {
        let columns: Vec<usize> = self.columns(field).collect();
        let take = if field.allows_several_columns() {
            columns.len()
        } else {
            1
        };
        columns
            .into_iter()
            .take(take)
            .map(|c| (c, self.cell(c)))
            .find(|(_, v)| !v.trim().is_empty())
    }

    fn label(&self, column: usize) -> String {
        match self.table.headers.get(column) {
            Some(h) if !h.trim().is_empty() => h.clone(),
            _ => column_letter(column),
        }
    }

    /// Records a problem with `field`, blaming the first column of `blame`.
    fn problem(
        &mut self,
        blame: Field,
        field: Field,
        code: Invalid,
        limit: Option<usize>,
        value: &str,
    ) {
        let index = self.columns(blame).next();
        let column = index.map(|c| self.label(c)).unwrap_or_default();
        self.problems.push((
            index.unwrap_or(usize::MAX),
            Problem {
                line: self.row.line,
                column,
                field,
                reason: code,
                limit: limit.map(|l| l as u64),
                value: quote(value),
            },
        ));
    }

    fn refuse_text(&mut self, field: Field, code: Invalid, limit: Option<usize>, value: &str) {
        self.problem(field, field, code, limit, value);
    }

    fn refused(&self, field: Field) -> bool {
        self.problems.iter().any(|(_, p)| p.field == field)
    }

    /// The cleaned text of `field`; empty (with a problem) when refused.
    fn text(&mut self, field: Field, max: usize, shape: Shape) -> String {
        let Some((_, raw)) = self.raw(field) else {
            return String::new();
        };
        match clean(raw, max, shape) {
            Ok(v) => v,
            Err((code, limit)) => {
                self.refuse_text(field, code, limit, raw);
                String::new()
            }
        }
    }

    /// Cleans `field` and converts it with `convert`; `None` when empty or
    /// refused (with a problem).
    fn with_text<T>(
        &mut self,
        field: Field,
        max: usize,
        convert: impl FnOnce(&str) -> Result<T, Invalid>,
    ) -> Option<T> {
        let raw = self.raw(field)?.1;
        let text = self.text(field, max, Shape::Line);
        if text.is_empty() {
            return None;
        }
        match convert(&text) {
            Ok(v) => Some(v),
            Err(code) => {
                self.refuse_text(field, code, None, raw);
                None
            }
        }
    }

    fn phone(&mut self) -> String {
        self.with_text(Field::Phone, MAX_PHONE_TEXT, |text| {
            normalize_phone(text).map_err(|e| e.reason())
        })
        .unwrap_or_default()
    }

    fn email(&mut self) -> String {
        self.with_text(Field::Email, crate::validate::email::MAX_EMAIL, |text| {
            if is_email(text) {
                Ok(text.to_owned())
            } else {
                Err(Invalid::NotAnEmail)
            }
        })
        .unwrap_or_default()
    }

    /// Categories from every categories column, split at `,` `;` and line
    /// breaks, without duplicates (compared folded).
    fn categories(&mut self) -> Vec<String> {
        let columns: Vec<usize> = self.columns(Field::Categories).collect();
        let mut out: Vec<String> = Vec::new();
        for column in columns {
            let cell = self.cell(column);
            for part in cell.split([',', ';', '\n']) {
                match clean(part, MAX_LINE, Shape::Line) {
                    Ok(v) if v.is_empty() => {}
                    Ok(v) => {
                        let key = fold(&v);
                        if !out.iter().any(|o| fold(o) == key) {
                            out.push(v);
                        }
                    }
                    Err((code, limit)) => self.refuse_text(Field::Categories, code, limit, part),
                }
            }
        }
        out
    }

    /// Notes from every notes column, one per line.
    fn notes(&mut self) -> String {
        let cells: Vec<&str> = self.columns(Field::Notes).map(|c| self.cell(c)).collect();
        let joined = cells
            .iter()
            .map(|c| c.trim())
            .filter(|c| !c.is_empty())
            .collect::<Vec<_>>()
            .join("\n");
        match clean(&joined, MAX_NOTES, Shape::Lines) {
            Ok(v) => v,
            Err((code, limit)) => {
                self.refuse_text(Field::Notes, code, limit, &joined);
                String::new()
            }
        }
    }

    /// The row's result, problems in column order.
    fn finish<T>(mut self, draft: T) -> ParsedRow<T> {
        self.problems.sort_by_key(|(index, _)| *index);
        ParsedRow {
            line: self.row.line,
            value: self.problems.is_empty().then_some(draft),
            problems: self.problems.into_iter().map(|(_, p)| p).collect(),
        }
    }
}

/// The first [`QUOTED_CHARS`] characters of `value`, with `…` when cut.
fn quote(value: &str) -> String {
    let value = value.trim();
    if value.chars().count() <= QUOTED_CHARS {
        value.to_owned()
    } else {
        let mut cut: String = value.chars().take(QUOTED_CHARS).collect();
        cut.push('…');
        cut
    }
}
