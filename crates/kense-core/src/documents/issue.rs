//! Issuing documents in batches: for an event's participants, a role, or a
//! selection. A batch is checked first (unknown placeholders, characters the
//! fonts lack, earlier awards), then entered in the register in one write
//! transaction, and rendered into one PDF or one file per person.

use super::content::{DocumentContent, LangTexts};
use super::glyphs::GlyphCheck;
use super::placeholders::{Values, fill, split_recipient_line, unknown_placeholders};
use super::register::{
    IssuedDocument, NewDocument, document_secret, insert_document, recent_documents_by_person,
};
use super::templates::{Template, get_template, get_template_logo};
use super::translations::{MissingTranslation, PrintedField, missing_translations};
use crate::error::{GlyphProblem, SqlContext};
use crate::events::{Event, get_event};
use crate::grammar::dates::{date_in_words, date_numeric};
use crate::grammar::forms::{capitalize_first, capitalize_sentences, kk_dear, ru_dear};
use crate::grammar::{KkCase, RuCase, gender_or_inferred, kk_phrase, ru_full_name};
use crate::i18n::{Translator, in_lang, in_langs};
use crate::kinds::{DocKind, DocLang, Gender, Role};
use crate::office::{OfficeProfile, get_office_logo, get_office_profile};
use crate::progress::Progress;
use crate::signatories::{Signatory, get_signatory, list_signatories};
use crate::{Error, FieldName, Invalid, Lang, Result};
use chrono::{Datelike, Months, NaiveDate};
use kense_pdf::{FontSet, Image};
use rusqlite::{Connection, params_from_iter};
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};
use ts_rs::TS;

/// What to issue, to whom.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct IssueRequest {
    /// The event.
    pub event_id: i64,
    /// The template (its kind is the document kind).
    pub template_id: i64,
    /// Language(s).
    pub lang: DocLang,
    /// Only attendees with this role (winners, awardees…).
    #[ts(optional = nullable)]
    #[serde(default)]
    pub role: Option<Role>,
    /// Only these people (a selection); otherwise every attendee marked present.
    #[ts(optional = nullable)]
    #[serde(default)]
    pub person_ids: Option<Vec<i64>>,
    /// Date of issue, `YYYY-MM-DD`; today when absent.
    #[ts(optional = nullable)]
    #[serde(default)]
    pub issued_on: Option<String>,
    /// Issue even though the event has not taken place yet (its date is after
    /// the date of issue); without it such a batch is refused.
    #[ts(optional = nullable)]
    #[serde(default)]
    pub confirm_future: Option<bool>,
}

/// An earlier award of the same kind to the same person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EarlierAward {
    /// Its number.
    pub number: String,
    /// When it was issued.
    pub issued_on: String,
}

/// One person a batch will issue to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BatchRecipient {
    /// The person.
    pub person_id: i64,
    /// Full name as it will be printed.
    pub full_name: String,
    /// Organisation and position as printed.
    pub organisation: String,
    /// The gender as stored or inferred (for messages about the person).
    #[ts(optional = nullable)]
    pub gender: Option<Gender>,
    /// Awards of the same kind within the warning window.
    pub earlier: Vec<EarlierAward>,
}

/// What a batch would do, shown before issuing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BatchPreview {
    /// Document kind.
    pub kind: DocKind,
    /// The recipients in printing order.
    pub recipients: Vec<BatchRecipient>,
    /// The warning window in months (0: off).
    pub repeat_warning_months: u32,
    /// Characters no font has; a batch with any is refused.
    pub missing_glyphs: Vec<GlyphProblem>,
    /// Placeholders the template uses that Kense does not know.
    pub unknown_placeholders: Vec<String>,
    /// Printed fields with no text in a language of the batch (a position
    /// only in Kazakh on a Russian certificate): filled in, or printed
    /// anyway in the other language.
    pub missing_translations: Vec<MissingTranslation>,
}

/// A person read for a batch.
#[derive(Debug, Clone)]
struct Person {
    id: i64,
    surname: String,
    name: String,
    patronymic: String,
    /// As stored, else inferred from the IIN, patronymic or surname.
    gender: Option<Gender>,
    position_kk: String,
    position_ru: String,
    organisation_kk: String,
    organisation_ru: String,
    roles: Vec<Role>,
    /// The nomination or place at the event, Kazakh and Russian.
    nomination_kk: String,
    nomination_ru: String,
}

impl Person {
    fn full_name(&self) -> String {
        crate::people::full_name(&self.surname, &self.name, &self.patronymic)
    }

    fn organisation(&self, lang: Lang) -> &str {
        in_lang(&self.organisation_kk, &self.organisation_ru, lang)
    }

    fn position(&self, lang: Lang) -> &str {
        in_lang(&self.position_kk, &self.position_ru, lang)
    }

    /// The position, and the organisation on a line of its own, in `langs`
    /// (never glued as «…орталығы, Бас маман»); on a page of both languages
    /// each line is «Kazakh / Russian» when the two differ.
    fn affiliation(&self, langs: &[Lang]) -> String {
        [
            in_langs(&self.position_kk, &self.position_ru, langs),
            in_langs(&self.organisation_kk, &self.organisation_ru, langs),
        ]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
    }

    /// The position as a field to check before printing.
    fn printed_position<'a>(&'a self, full_name: &'a str) -> PrintedField<'a> {
        PrintedField::position_of(self.id, full_name, &self.position_kk, &self.position_ru)
    }
}

/// Everything a batch needs besides the people.
struct Context {
    event: Event,
    template: Template,
    kind: DocKind,
    office: OfficeProfile,
    signatory: Option<Signatory>,
    issued_on: NaiveDate,
    translators: [Translator; 2],
}

impl Context {
    fn load(conn: &Connection, req: &IssueRequest) -> Result<Self> {
        let event = get_event(conn, req.event_id)?;
        let template = get_template(conn, req.template_id)?;
        let kind = template.kind.doc_kind().ok_or_else(|| {
            Error::validation(
                FieldName::Template,
                Invalid::UnknownValue,
                "a sign-in sheet template issues no numbered documents",
            )
        })?;
        let signatory = match template.signatory_id {
            Some(id) => Some(get_signatory(conn, id)?),
            None => {
                let all = list_signatories(conn)?;
                all.iter().find(|s| s.is_default).or(all.first()).cloned()
            }
        };
        let issued_on = match req.issued_on.as_deref().map(str::trim) {
            Some(d) if !d.is_empty() => crate::validate::parse_date(d).ok_or_else(|| {
                Error::validation(
                    FieldName::IssuedOn,
                    Invalid::NotADate,
                    format!("{d:?} is not a date"),
                )
            })?,
            _ => crate::time::local_today(),
        };
        let event_day = event
            .starts_at
            .get(..10)
            .and_then(crate::validate::parse_date);
        if let Some(day) = event_day
            && day > issued_on
            && req.confirm_future != Some(true)
        {
            return Err(Error::validation(
                FieldName::ConfirmFuture,
                Invalid::EventNotHeld,
                format!(
                    "the event takes place on {}, after the date of issue {}; confirm to issue for a planned event",
                    date_numeric(day),
                    date_numeric(issued_on)
                ),
            ));
        }
        Ok(Self {
            event,
            template,
            kind,
            office: get_office_profile(conn)?,
            signatory,
            issued_on,
            translators: [Translator::new(Lang::Kk), Translator::new(Lang::Ru)],
        })
    }

    fn tr(&self, lang: Lang) -> &Translator {
        match lang {
            Lang::Kk => &self.translators[0],
            Lang::Ru => &self.translators[1],
        }
    }

    /// The event's date, if it has one.
    fn event_day(&self) -> Option<NaiveDate> {
        self.event
            .starts_at
            .get(..10)
            .and_then(crate::validate::parse_date)
    }

    /// True when the event takes place after the date of issue.
    fn event_is_future(&self) -> bool {
        self.event_day().is_some_and(|d| d > self.issued_on)
    }

    /// The placeholder values for `person` in `lang`.
    fn values<'a>(&'a self, person: &'a Person, lang: Lang, number: &str) -> PersonValues<'a> {
        PersonValues {
            base: self.base_values(person, lang, number),
            person,
            lang,
            event_day: self.event_day(),
            issued_on: self.issued_on,
            future: self.event_is_future(),
        }
    }

    /// The values of placeholders without a modifier.
    fn base_values(
        &self,
        person: &Person,
        lang: Lang,
        number: &str,
    ) -> HashMap<&'static str, String> {
        let by_lang = |kk: &str, ru: &str| match lang {
            Lang::Kk if !kk.is_empty() => kk.to_owned(),
            Lang::Ru if !ru.is_empty() => ru.to_owned(),
            _ => if kk.is_empty() { ru } else { kk }.to_owned(),
        };
        let name_patronymic = [person.name.as_str(), person.patronymic.as_str()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        let dear = match lang {
            Lang::Kk => kk_dear(),
            Lang::Ru => ru_dear(person.gender),
        };
        let role = person
            .roles
            .first()
            .map(|r| {
                self.tr(lang)
                    .tr(&format!("role-{}", r.as_str()), &[])
                    .to_lowercase()
            })
            .unwrap_or_default();
        let event_date = self.event_day().map(date_numeric).unwrap_or_default();
        let (sig_name, sig_position) = match &self.signatory {
            Some(s) => (
                by_lang(&s.full_name_kk, &s.full_name_ru),
                by_lang(&s.position_kk, &s.position_ru),
            ),
            None => (String::new(), String::new()),
        };
        HashMap::from([
            ("full_name", person.full_name()),
            ("surname", person.surname.clone()),
            ("name", person.name.clone()),
            ("patronymic", person.patronymic.clone()),
            ("name_patronymic", name_patronymic),
            ("dear", dear.to_owned()),
            ("position", person.position(lang).to_owned()),
            ("organisation", person.organisation(lang).to_owned()),
            ("role", role),
            (
                "nomination",
                by_lang(&person.nomination_kk, &person.nomination_ru),
            ),
            ("event", self.event.title(lang).to_owned()),
            ("event_date", event_date),
            (
                "event_held",
                held(lang, self.event_is_future(), None).to_owned(),
            ),
            ("place", self.event.place(lang).to_owned()),
            (
                "campaign",
                by_lang(&self.event.campaign_kk, &self.event.campaign_ru),
            ),
            ("office", self.office.name(lang).to_owned()),
            ("city", by_lang(&self.office.city_kk, &self.office.city_ru)),
            ("signatory", sig_name),
            ("signatory_position", sig_position),
            ("number", number.to_owned()),
            ("date", date_numeric(self.issued_on)),
            ("year", self.issued_on.year().to_string()),
        ])
    }

    /// The printed content for `person` under `number` and `code`.
    fn content(&self, person: &Person, lang: DocLang, number: &str, code: &str) -> DocumentContent {
        let t = &self.template;
        let one_page = lang == DocLang::Both;
        let letter = self.kind == DocKind::Gratitude;
        let full_name = person.full_name();
        let texts = lang
            .langs()
            .iter()
            .map(|&l| {
                let values = self.values(person, l, number);
                let city = values.base.get("city").cloned().unwrap_or_default();
                let place_date = place_date(
                    l,
                    &city,
                    &date_in_words(l, self.issued_on, KkCase::Nominative),
                );
                let (subtitle, name_line) = split_recipient_line(t.subtitle(l));
                let mut subtitle = capitalize_first(&fill(&subtitle, &values));
                let recipient = match name_line {
                    Some(line) => fill(&line, &values),
                    None => full_name.clone(),
                };
                let mut body = capitalize_sentences(&fill(t.body(l), &values), letter);
                // Kazakh and Russian on one page share one name line, in the
                // nominative: a sentence that runs through the name (a
                // subtitle before it, or the name in another case) is printed
                // whole in that language's text instead.
                if one_page && (!subtitle.is_empty() || recipient != full_name) {
                    body = capitalize_first(
                        &[subtitle.as_str(), recipient.as_str(), body.as_str()]
                            .into_iter()
                            .filter(|s| !s.is_empty())
                            .collect::<Vec<_>>()
                            .join(" "),
                    );
                    subtitle = String::new();
                }
                // The nomination is printed under the title unless the
                // template places it itself.
                let nomination = if t
                    .texts()
                    .iter()
                    .any(|(_, text)| text.contains("{nomination"))
                {
                    String::new()
                } else {
                    values.base.get("nomination").cloned().unwrap_or_default()
                };
                LangTexts {
                    lang: l,
                    organisation: person.affiliation(&[l]),
                    nomination,
                    title: fill(t.title(l), &values),
                    subtitle,
                    salutation: capitalize_first(&fill(t.salutation(l), &values)),
                    body,
                    signatory_position: values
                        .base
                        .get("signatory_position")
                        .cloned()
                        .unwrap_or_default(),
                    signatory_name: values.base.get("signatory").cloned().unwrap_or_default(),
                    place_date,
                    recipient: if one_page {
                        full_name.clone()
                    } else {
                        recipient
                    },
                }
            })
            .collect();
        DocumentContent {
            kind: self.kind,
            lang,
            landscape: t.orientation == crate::kinds::Orientation::Landscape,
            accent: t.accent_color.clone(),
            office_names: self.office.names(),
            recipient: full_name,
            organisation: person.affiliation(lang.langs()),
            texts,
            number: number.to_owned(),
            code: code.to_owned(),
            show_qr: t.show_qr,
        }
    }
}

/// «өткен» / «өтетін», «прошедшем» / «проводимом» (or, with a case,
/// «прошедшего» …): the event held, or to be held after the date of issue.
fn held(lang: Lang, future: bool, case: Option<RuCase>) -> &'static str {
    match (lang, future) {
        (Lang::Kk, false) => "өткен",
        (Lang::Kk, true) => "өтетін",
        (Lang::Ru, false) => match case {
            Some(RuCase::Nominative) => "прошедшее",
            Some(RuCase::Genitive) => "прошедшего",
            Some(RuCase::Dative) => "прошедшему",
            Some(RuCase::Accusative) => "прошедшее",
            Some(RuCase::Instrumental) => "прошедшим",
            Some(RuCase::Prepositional) | None => "прошедшем",
        },
        (Lang::Ru, true) => match case {
            Some(RuCase::Nominative) => "проводимое",
            Some(RuCase::Genitive) => "проводимого",
            Some(RuCase::Dative) => "проводимому",
            Some(RuCase::Accusative) => "проводимое",
            Some(RuCase::Instrumental) => "проводимым",
            Some(RuCase::Prepositional) | None => "проводимом",
        },
    }
}

/// Placeholder values for one person in one language, with case forms and
/// dates in words.
struct PersonValues<'a> {
    base: HashMap<&'static str, String>,
    person: &'a Person,
    lang: Lang,
    event_day: Option<NaiveDate>,
    issued_on: NaiveDate,
    future: bool,
}

impl Values for PersonValues<'_> {
    fn value(&self, name: &str, modifier: Option<&str>) -> Option<String> {
        let Some(modifier) = modifier else {
            return self.base.get(name).cloned();
        };
        let p = self.person;
        let date = match name {
            "event_date" => Some(self.event_day),
            "date" => Some(Some(self.issued_on)),
            _ => None,
        };
        if let Some(day) = date {
            let day = day?;
            return Some(match modifier {
                "numeric" => date_numeric(day),
                "words" => date_in_words(self.lang, day, KkCase::Nominative),
                case => date_in_words(self.lang, day, KkCase::from_name(case)?),
            });
        }
        if name == "event_held" {
            return Some(held(self.lang, self.future, RuCase::from_name(modifier)).to_owned());
        }
        let base = self.base.get(name)?;
        match self.lang {
            Lang::Kk => Some(kk_phrase(base, KkCase::from_name(modifier)?)),
            Lang::Ru => {
                let case = RuCase::from_name(modifier)?;
                let (s, n, pa) = match name {
                    "full_name" => (p.surname.as_str(), p.name.as_str(), p.patronymic.as_str()),
                    "surname" => (p.surname.as_str(), "", ""),
                    "name" => ("", p.name.as_str(), ""),
                    "patronymic" => ("", "", p.patronymic.as_str()),
                    "name_patronymic" => ("", p.name.as_str(), p.patronymic.as_str()),
                    // Titles keep their form in Russian («в мероприятии «…»»).
                    _ => return Some(base.clone()),
                };
                Some(ru_full_name(s, n, pa, p.gender, case))
            }
        }
    }

    fn gender(&self) -> Option<Gender> {
        self.person.gender
    }
}

/// «Алматы қ., 21.11.2026» / «г. Алматы, 21.11.2026», whether or not the
/// city was entered with its «қ.» / «г.».
pub(crate) fn place_date(lang: Lang, city: &str, date: &str) -> String {
    let city = city.trim();
    if city.is_empty() {
        return date.to_owned();
    }
    let lower = city.to_lowercase();
    match lang {
        Lang::Kk if lower.ends_with(" қ.") || lower.ends_with(" қаласы") => {
            format!("{city}, {date}")
        }
        Lang::Kk => format!("{city} қ., {date}"),
        Lang::Ru if lower.starts_with("г.") || lower.starts_with("город ") => {
            format!("{city}, {date}")
        }
        Lang::Ru => format!("г. {city}, {date}"),
    }
}

/// The recipients of a request, in Kazakh alphabetical order.
fn recipients(conn: &Connection, req: &IssueRequest) -> Result<Vec<Person>> {
    let mut sql = String::from(
        "SELECT p.id, p.surname, p.name, p.patronymic, p.gender, p.position_kk, \
         COALESCE(o.name_kk, ''), COALESCE(o.name_ru, ''), COALESCE(p.iin, ''), \
         (SELECT group_concat(a.role) FROM attendance a WHERE a.event_id = ?1 AND a.person_id = p.id), \
         (SELECT max(a.nomination_kk) FROM attendance a WHERE a.event_id = ?1 AND a.person_id = p.id), \
         (SELECT max(a.nomination_ru) FROM attendance a WHERE a.event_id = ?1 AND a.person_id = p.id), \
         p.position_ru \
         FROM person p LEFT JOIN organisation o ON o.id = p.organisation_id \
         WHERE p.deleted_at IS NULL",
    );
    let mut args: Vec<rusqlite::types::Value> = vec![req.event_id.into()];
    match &req.person_ids {
        Some(ids) => {
            let list = ids
                .iter()
                .map(|id| id.to_string())
                .collect::<Vec<_>>()
                .join(",");
            sql.push_str(&format!(" AND p.id IN ({list})"));
        }
        None => {
            sql.push_str(
                " AND EXISTS (SELECT 1 FROM attendance a WHERE a.event_id = ?1 \
                 AND a.person_id = p.id AND a.present = 1",
            );
            if let Some(role) = req.role {
                args.push(role.as_str().to_owned().into());
                sql.push_str(" AND a.role = ?2");
            }
            sql.push(')');
        }
    }
    sql.push_str(" ORDER BY p.sort_key, p.id");
    let mut stmt = conn.prepare(&sql).context("reading the recipients")?;
    let people = stmt
        .query_map(params_from_iter(args), |row| {
            let roles: Option<String> = row.get(9)?;
            let (surname, patronymic, iin): (String, String, String) =
                (row.get(1)?, row.get(3)?, row.get(8)?);
            Ok(Person {
                id: row.get(0)?,
                gender: gender_or_inferred(row.get(4)?, &surname, &patronymic, &iin),
                surname,
                name: row.get(2)?,
                patronymic,
                position_kk: row.get(5)?,
                position_ru: row.get(12)?,
                organisation_kk: row.get(6)?,
                organisation_ru: row.get(7)?,
                roles: roles
                    .unwrap_or_default()
                    .split(',')
                    .filter_map(|r| r.parse().ok())
                    .collect(),
                nomination_kk: row.get::<_, Option<String>>(10)?.unwrap_or_default(),
                nomination_ru: row.get::<_, Option<String>>(11)?.unwrap_or_default(),
            })
        })
        .context("reading the recipients")?
        .collect::<rusqlite::Result<Vec<_>>>()
        .context("reading the recipients")?;
    if let Some(ids) = &req.person_ids
        && let Some(missing) = ids.iter().find(|id| !people.iter().any(|p| p.id == **id))
    {
        return Err(Error::NotFound {
            what: "person",
            id: *missing,
        });
    }
    Ok(people)
}

/// The printed fields of a batch with no text in one of its languages: the
/// recipients' positions and nominations, and the event's place when the
/// template prints it.
fn translation_problems(
    ctx: &Context,
    people: &[Person],
    lang: DocLang,
) -> Vec<MissingTranslation> {
    let names: Vec<String> = people.iter().map(Person::full_name).collect();
    let mut fields: Vec<PrintedField<'_>> = Vec::with_capacity(people.len() * 2 + 1);
    for (p, name) in people.iter().zip(&names) {
        fields.push(p.printed_position(name));
        fields.push(PrintedField::nomination_of(
            p.id,
            ctx.event.id,
            name,
            &p.nomination_kk,
            &p.nomination_ru,
        ));
    }
    if ctx
        .template
        .texts()
        .iter()
        .any(|(_, text)| text.contains("{place"))
    {
        fields.push(PrintedField::place_of(&ctx.event));
    }
    missing_translations(fields, lang.langs())
}

/// The glyph problems of a batch, per recipient.
fn glyph_problems(ctx: &Context, people: &[Person], lang: DocLang) -> Vec<GlyphProblem> {
    let mut check = GlyphCheck::default();
    // A sample number of the widest shape stands in for the real one.
    let number = format!("{}-9999/9999", ctx.template.series);
    for person in people {
        let content = ctx.content(person, lang, &number, "00-0000-0000");
        check.check(&person.full_name(), &content.all_text());
    }
    check.problems()
}

fn earlier_since(conn: &Connection, ctx: &Context) -> Result<Option<String>> {
    let months = crate::settings::repeat_warning_months(conn)?;
    if months == 0 {
        return Ok(None);
    }
    Ok(ctx
        .issued_on
        .checked_sub_months(Months::new(months))
        .map(|d| d.format("%Y-%m-%d").to_string()))
}

/// What issuing `req` would do: recipients with earlier awards, problems.
pub fn preview_batch(conn: &Connection, req: &IssueRequest) -> Result<BatchPreview> {
    let ctx = Context::load(conn, req)?;
    let people = recipients(conn, req)?;
    let mut earlier = match earlier_since(conn, &ctx)? {
        Some(since) => recent_documents_by_person(conn, ctx.kind, &since)?,
        None => HashMap::new(),
    };
    let recipients = people
        .iter()
        .map(|p| BatchRecipient {
            person_id: p.id,
            full_name: p.full_name(),
            organisation: p.affiliation(req.lang.langs()),
            gender: p.gender,
            earlier: earlier
                .remove(&p.id)
                .unwrap_or_default()
                .into_iter()
                .map(|d| EarlierAward {
                    number: d.number,
                    issued_on: d.issued_on,
                })
                .collect(),
        })
        .collect();
    let mut unknown: Vec<String> = Vec::new();
    for (_, text) in ctx.template.texts() {
        for u in unknown_placeholders(text) {
            if !unknown.contains(&u) {
                unknown.push(u);
            }
        }
    }
    Ok(BatchPreview {
        kind: ctx.kind,
        missing_glyphs: glyph_problems(&ctx, &people, req.lang),
        missing_translations: translation_problems(&ctx, &people, req.lang),
        recipients,
        repeat_warning_months: crate::settings::repeat_warning_months(conn)?,
        unknown_placeholders: unknown,
    })
}

/// The batch's first document as it will print (its first recipient, the
/// number the batch would start at, the check code left as zeros), as PDF;
/// nothing is written to the register.
pub fn preview_first_document(conn: &Connection, req: &IssueRequest) -> Result<Vec<u8>> {
    let (content, logo) = first_document(conn, req)?;
    let pages = content.pages(logo.as_ref())?;
    kense_pdf::render_pdf(&format!("{} {}", content.number, content.recipient), &pages)
        .map_err(Error::from)
}

/// What [`preview_first_document`] prints, and the logo.
fn first_document(
    conn: &Connection,
    req: &IssueRequest,
) -> Result<(DocumentContent, Option<Image>)> {
    let ctx = Context::load(conn, req)?;
    let people = recipients(conn, req)?;
    let person = people.first().ok_or_else(|| {
        Error::validation(
            FieldName::Recipients,
            Invalid::NoRecipients,
            "nobody to issue documents to (no attendee marked present with that role)",
        )
    })?;
    let year = ctx.issued_on.year();
    let next = super::register::next_number(conn, &ctx.template.series, year)?;
    let number = super::verify::format_number(&ctx.template.series, year, next);
    let code = format!("{:02}-0000-0000", year.rem_euclid(100));
    let content = ctx.content(person, req.lang, &number, &code);
    Ok((content, batch_logo(conn, &ctx.template)?))
}

/// A batch entered in the register, ready to render.
#[derive(Debug, Clone)]
pub struct IssuedBatch {
    /// The register rows, in printing order.
    pub documents: Vec<IssuedDocument>,
    /// What each prints.
    pub contents: Vec<DocumentContent>,
    /// The logo to print (the template's, else the office's).
    pub logo: Option<Image>,
    /// The same logo as stored (PNG or JPEG), for the DOCX.
    pub logo_bytes: Option<Vec<u8>>,
}

/// Enters a batch in the register. Call inside [`crate::Store::with_write_tx`]
/// so that the numbers are gapless and the batch is all or nothing. Refuses a
/// batch with unknown placeholders, characters the fonts lack, or nobody to
/// issue to, before writing anything.
pub fn issue_batch(conn: &Connection, req: &IssueRequest) -> Result<IssuedBatch> {
    issue_batch_replacing(conn, req, None, &Progress::none())
}

/// [`issue_batch`] reporting each document entered (as half a document of
/// [`batch_progress`]) and stopping with [`Error::Cancelled`] between two
/// documents once `progress` is cancelled: the caller's transaction then
/// rolls back, so no number is taken.
pub fn issue_batch_with_progress(
    conn: &Connection,
    req: &IssueRequest,
    progress: &Progress<'_>,
) -> Result<IssuedBatch> {
    issue_batch_replacing(conn, req, None, progress)
}

/// The step a batch of `total` documents reports after entering `entered`
/// of them and rendering `rendered`: a document counts half once it is in
/// the register and whole once its PDF is made, so the bar moves evenly
/// through both halves of the work.
pub fn batch_progress(
    progress: &Progress<'_>,
    entered: usize,
    rendered: usize,
    total: usize,
) -> Result<()> {
    progress.step(((entered + rendered) / 2) as u64, total as u64)
}

/// [`issue_batch`] for one document that replaces the register row `replaces`.
pub(crate) fn issue_batch_replacing(
    conn: &Connection,
    req: &IssueRequest,
    replaces: Option<i64>,
    progress: &Progress<'_>,
) -> Result<IssuedBatch> {
    let ctx = Context::load(conn, req)?;
    for (field, text) in ctx.template.texts() {
        let unknown = unknown_placeholders(text);
        if !unknown.is_empty() {
            return Err(Error::validation(
                field,
                Invalid::UnknownPlaceholder,
                format!("unknown placeholder {{{}}}", unknown.join("}, {")),
            ));
        }
    }
    let people = recipients(conn, req)?;
    if people.is_empty() {
        return Err(Error::validation(
            FieldName::Recipients,
            Invalid::NoRecipients,
            "nobody to issue documents to (no attendee marked present with that role)",
        ));
    }
    let problems = glyph_problems(&ctx, &people, req.lang);
    if !problems.is_empty() {
        return Err(Error::MissingGlyphs(problems));
    }
    let logo_bytes = batch_logo_bytes(conn, &ctx.template)?;
    let logo = decode_logo(logo_bytes.as_deref())?;
    let secret = document_secret(conn)?;
    let batch = uuid::Uuid::now_v7().to_string();
    let issued_on = ctx.issued_on.format("%Y-%m-%d").to_string();
    let mut documents = Vec::with_capacity(people.len());
    let mut contents = Vec::with_capacity(people.len());
    for (entered, person) in people.iter().enumerate() {
        batch_progress(progress, entered, 0, people.len())?;
        let new = NewDocument {
            series: ctx.template.series.clone(),
            year: ctx.issued_on.year(),
            kind: ctx.kind,
            lang: req.lang,
            person_id: Some(person.id),
            recipient: person.full_name(),
            organisation: person.affiliation(req.lang.langs()),
            event_id: Some(ctx.event.id),
            template_id: Some(ctx.template.id),
            issued_on: issued_on.clone(),
            batch: batch.clone(),
            replaces_id: replaces,
        };
        let mut content = None;
        let (id, seq, number, code) = insert_document(conn, &new, &secret, |number, code| {
            let c = ctx.content(person, req.lang, number, code);
            let json = serde_json::to_string(&c)
                .map_err(|e| Error::Render(format!("document content: {e}")))?;
            content = Some(c);
            Ok(json)
        })?;
        documents.push(IssuedDocument {
            id,
            number,
            series: new.series,
            year: new.year,
            seq,
            kind: new.kind,
            lang: new.lang,
            person_id: new.person_id,
            recipient: new.recipient,
            organisation: new.organisation,
            event_id: new.event_id,
            event_title_kk: ctx.event.title_kk.clone(),
            event_title_ru: ctx.event.title_ru.clone(),
            template_id: new.template_id,
            issued_on: new.issued_on,
            check_code: code,
            status: crate::kinds::DocStatus::Issued,
            reason: String::new(),
            status_at: None,
            // Filled in when read back from the register (reissue does).
            replaces: None,
            replaced_by: None,
            batch: new.batch,
            recipient_erased_on: None,
        });
        contents.push(content.ok_or_else(|| Error::Render("no content".to_owned()))?);
    }
    crate::changelog::log_change(
        conn,
        "event",
        ctx.event.id,
        crate::changelog::Action::Update,
        &format!(
            "{} × {}: {} … {}",
            documents.len(),
            ctx.kind,
            documents.first().map_or("", |d| d.number.as_str()),
            documents.last().map_or("", |d| d.number.as_str())
        ),
    )?;
    Ok(IssuedBatch {
        documents,
        contents,
        logo,
        logo_bytes,
    })
}

/// A sample document of `template` for the editor's live preview: a sample
/// recipient and event, number «…/0000», nothing written to the register.
pub fn sample_content(
    conn: &Connection,
    template: &Template,
    lang: DocLang,
) -> Result<DocumentContent> {
    let kind = template.kind.doc_kind().unwrap_or(DocKind::Gratitude);
    let today = crate::time::local_today();
    let signatory = {
        let all = list_signatories(conn)?;
        match template.signatory_id {
            Some(id) => all.iter().find(|s| s.id == id).cloned(),
            None => all.iter().find(|s| s.is_default).or(all.first()).cloned(),
        }
    };
    let ctx = Context {
        event: Event {
            id: 0,
            kind: crate::kinds::EventKind::Lecture,
            campaign_id: None,
            campaign_kk: "Құқықтық тәртіп әліппесі".to_owned(),
            campaign_ru: "Азбука правопорядка".to_owned(),
            title_kk: "Құқықтық тәртіп әліппесі: ашық есік күні".to_owned(),
            title_ru: "Азбука правопорядка: день открытых дверей".to_owned(),
            starts_at: format!("{}T10:00", today.format("%Y-%m-%d")),
            ends_at: format!("{}T12:00", today.format("%Y-%m-%d")),
            place_kk: "Алматы қ., Абай даңғылы, 10".to_owned(),
            place_ru: "г. Алматы, проспект Абая, 10".to_owned(),
            district_kk: String::new(),
            district_ru: String::new(),
            status: crate::kinds::EventStatus::Planned,
            headcount: None,
            outcomes: String::new(),
            proposals_count: 0,
            attendance_count: 0,
            media_count: 0,
        },
        template: template.clone(),
        kind,
        office: get_office_profile(conn)?,
        signatory,
        issued_on: today,
        translators: [Translator::new(Lang::Kk), Translator::new(Lang::Ru)],
    };
    let person = Person {
        id: 0,
        surname: "Әлденей".to_owned(),
        name: "Әлібек".to_owned(),
        patronymic: "Серікұлы".to_owned(),
        gender: Some(Gender::Male),
        position_kk: "Төраға".to_owned(),
        position_ru: "Председатель".to_owned(),
        organisation_kk: "«Жас Өркен» қоғамдық бірлестігі".to_owned(),
        organisation_ru: "Общественное объединение «Жас Өркен»".to_owned(),
        roles: vec![Role::Winner],
        nomination_kk: String::new(),
        nomination_ru: String::new(),
    };
    let year = today.year();
    let number = super::verify::format_number(&template.series, year, 0);
    let code = format!("{:02}-0000-0000", year.rem_euclid(100));
    Ok(ctx.content(&person, lang, &number, &code))
}

/// The template's logo, else the office's, decoded once for the batch.
pub(crate) fn batch_logo(conn: &Connection, template: &Template) -> Result<Option<Image>> {
    decode_logo(batch_logo_bytes(conn, template)?.as_deref())
}

/// The stored bytes (PNG or JPEG) of the template's logo, else the office's.
pub(crate) fn batch_logo_bytes(conn: &Connection, template: &Template) -> Result<Option<Vec<u8>>> {
    Ok(match get_template_logo(conn, template.id)? {
        Some(b) => Some(b),
        None => get_office_logo(conn)?.map(|(b, _)| b),
    })
}

fn decode_logo(bytes: Option<&[u8]>) -> Result<Option<Image>> {
    bytes
        .map(|b| Image::decode(b).map_err(Error::from))
        .transpose()
}

impl IssuedBatch {
    /// The whole batch in one PDF, one page (or kk/ru pair of pages) per person.
    pub fn render_combined(&self, title: &str) -> Result<Vec<u8>> {
        self.render_combined_with_progress(title, &Progress::none())
    }

    /// [`Self::render_combined`], reporting each document laid out (see
    /// [`batch_progress`]) and stopping between two once cancelled.
    pub fn render_combined_with_progress(
        &self,
        title: &str,
        progress: &Progress<'_>,
    ) -> Result<Vec<u8>> {
        let total = self.contents.len();
        let mut pages = Vec::with_capacity(total);
        for (rendered, c) in self.contents.iter().enumerate() {
            batch_progress(progress, total, rendered, total)?;
            pages.extend(c.pages(self.logo.as_ref())?);
        }
        kense_pdf::render_pdf(title, &pages).map_err(Error::from)
    }

    /// One PDF per person, named «АХ-2026-0042 Surname Name.pdf», sharing the
    /// fonts prepared once for the batch.
    pub fn render_separate(&self) -> Result<Vec<(String, Vec<u8>)>> {
        self.render_separate_with_progress(&Progress::none())
    }

    /// [`Self::render_separate`], reporting each document rendered (see
    /// [`batch_progress`]) and stopping between two once cancelled.
    pub fn render_separate_with_progress(
        &self,
        progress: &Progress<'_>,
    ) -> Result<Vec<(String, Vec<u8>)>> {
        let total = self.contents.len();
        let docs = self
            .contents
            .iter()
            .map(|c| {
                Ok(kense_pdf::Document {
                    title: format!("{} {}", c.number, c.recipient),
                    pages: c.pages(self.logo.as_ref())?,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        let fonts = FontSet::for_documents(&docs)?;
        let mut bytes = Vec::with_capacity(total);
        for (rendered, doc) in docs.iter().enumerate() {
            batch_progress(progress, total, rendered, total)?;
            bytes.push(kense_pdf::render_with_fonts(
                &doc.title, &doc.pages, &fonts,
            )?);
        }
        Ok(self.file_names("pdf").into_iter().zip(bytes).collect())
    }

    /// The whole batch in one DOCX, one page (or kk/ru pair of pages) per
    /// person, with the same numbers and QR codes as the PDF.
    pub fn render_docx_combined(&self) -> Result<Vec<u8>> {
        let logo = self.docx_logo()?;
        super::docx::render_docx(&self.contents, logo.as_ref())
    }

    /// One DOCX per person, named as the PDFs are («АХ-2026-0042 Surname
    /// Name.docx»).
    pub fn render_docx_separate(&self) -> Result<Vec<(String, Vec<u8>)>> {
        let logo = self.docx_logo()?;
        let names = self.file_names("docx");
        self.contents
            .iter()
            .zip(names)
            .map(|(c, name)| {
                Ok((
                    name,
                    super::docx::render_docx(std::slice::from_ref(c), logo.as_ref())?,
                ))
            })
            .collect()
    }

    fn docx_logo(&self) -> Result<Option<super::docx::DocxPicture>> {
        self.logo_bytes
            .as_deref()
            .map(super::docx::DocxPicture::from_image_bytes)
            .transpose()
    }

    /// A file name per content, «number Surname Name.ext», unique in the batch.
    fn file_names(&self, ext: &str) -> Vec<String> {
        let mut used = HashSet::new();
        self.contents
            .iter()
            .map(|c| {
                let stem = format!("{} {}", c.number, short_name(&c.recipient));
                crate::files::unique_file_name(&stem, ext, &mut used)
            })
            .collect()
    }
}

/// «Surname Name» of «Surname Name Patronymic».
fn short_name(full: &str) -> String {
    full.split_whitespace()
        .take(2)
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::records_test_support::{event_and_person, store};

    #[test]
    fn the_first_document_is_previewed_with_the_next_number_and_nothing_is_entered() {
        let store = store();
        let c = store.conn();
        let (event, person) = event_and_person(c);
        crate::attendance::add_attendance(c, event, &[person], Role::Participant).unwrap();
        let template = super::super::templates::list_templates(c)
            .unwrap()
            .into_iter()
            .find(|t| t.kind.doc_kind() == Some(DocKind::Gratitude))
            .unwrap();
        let req = IssueRequest {
            event_id: event,
            template_id: template.id,
            lang: DocLang::Kk,
            role: None,
            person_ids: None,
            issued_on: Some("2026-11-09".into()),
            confirm_future: None,
        };
        let pdf = preview_first_document(c, &req).unwrap();
        assert!(pdf.starts_with(b"%PDF"));
        let (content, _) = first_document(c, &req).unwrap();
        let number = super::super::verify::format_number(&template.series, 2026, 1);
        assert_eq!(content.number, number, "the number the batch starts at");
        assert!(
            content.recipient.contains("Сейітов"),
            "{}",
            content.recipient
        );
        let entered: i64 = c
            .query_row("SELECT count(*) FROM issued_document", [], |r| r.get(0))
            .unwrap();
        assert_eq!(entered, 0, "a preview enters nothing in the register");

        // Nobody to issue to: the same refusal as issuing.
        let nobody = IssueRequest {
            person_ids: Some(vec![]),
            ..req
        };
        let err = preview_first_document(c, &nobody).unwrap_err();
        assert_eq!(err.field(), Some(FieldName::Recipients));
    }

    #[test]
    fn a_nomination_only_in_kazakh_is_listed_for_a_russian_batch_with_its_event() {
        let store = store();
        let c = store.conn();
        let (event, person) = event_and_person(c);
        crate::attendance::add_attendance(c, event, &[person], Role::Winner).unwrap();
        crate::attendance::set_nomination(c, event, person, "I орын", "").unwrap();
        let template = super::super::templates::list_templates(c)
            .unwrap()
            .into_iter()
            .find(|t| t.kind.doc_kind() == Some(DocKind::Diploma))
            .unwrap();
        let req = IssueRequest {
            event_id: event,
            template_id: template.id,
            lang: DocLang::Ru,
            role: None,
            person_ids: None,
            issued_on: Some("2026-11-09".into()),
            confirm_future: None,
        };
        let nominations = |req: &IssueRequest| {
            preview_batch(c, req)
                .unwrap()
                .missing_translations
                .into_iter()
                .filter(|m| m.field == super::super::translations::TranslatedField::Nomination)
                .collect::<Vec<_>>()
        };
        let missing = nominations(&req);
        assert_eq!(missing.len(), 1, "{missing:?}");
        assert_eq!(
            missing[0].record,
            super::super::translations::TranslatedRecord::Attendance
        );
        assert_eq!((missing[0].id, missing[0].event_id), (person, Some(event)));
        assert_eq!(
            (missing[0].lang, missing[0].fallback.as_str()),
            (Lang::Ru, "I орын")
        );
        // Kazakh misses nothing; filled in Russian, neither does Russian.
        let kk = IssueRequest {
            lang: DocLang::Kk,
            ..req.clone()
        };
        assert!(nominations(&kk).is_empty());
        crate::attendance::set_nomination(c, event, person, "I орын", "I место").unwrap();
        assert!(nominations(&req).is_empty());
    }

    #[test]
    fn a_position_only_in_kazakh_is_listed_for_a_russian_batch_and_printed_in_russian_once_filled()
    {
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
        let template = super::super::templates::list_templates(c)
            .unwrap()
            .into_iter()
            .find(|t| t.kind.doc_kind() == Some(DocKind::Certificate))
            .unwrap();
        let req = IssueRequest {
            event_id: event,
            template_id: template.id,
            lang: DocLang::Ru,
            role: None,
            person_ids: None,
            issued_on: Some("2026-11-09".into()),
            confirm_future: None,
        };
        let preview = preview_batch(c, &req).unwrap();
        assert_eq!(preview.missing_translations.len(), 1);
        let missing = &preview.missing_translations[0];
        assert_eq!(missing.id, person);
        assert_eq!(missing.what, "Сейітов Ерлан");
        assert_eq!(
            missing.field,
            super::super::translations::TranslatedField::Position
        );
        assert_eq!(missing.lang, Lang::Ru);
        assert_eq!(missing.fallback, "Бас маман");
        // The Kazakh batch misses nothing.
        let kk = IssueRequest {
            lang: DocLang::Kk,
            ..req.clone()
        };
        assert!(
            preview_batch(c, &kk)
                .unwrap()
                .missing_translations
                .is_empty()
        );

        input.position_ru = "Главный специалист".into();
        crate::people::update_person(c, person, &input).unwrap();
        assert!(
            preview_batch(c, &req)
                .unwrap()
                .missing_translations
                .is_empty()
        );
        let (content, _) = first_document(c, &req).unwrap();
        let printed = content.awards(None)[0].organisation.clone();
        assert_eq!(printed, "Главный специалист");
        // A pair: each page in its own language.
        let pair = IssueRequest {
            lang: DocLang::Pair,
            ..req
        };
        let (content, _) = first_document(c, &pair).unwrap();
        let pages: Vec<String> = content
            .awards(None)
            .into_iter()
            .map(|a| a.organisation)
            .collect();
        assert_eq!(pages, ["Бас маман", "Главный специалист"]);
    }
}
