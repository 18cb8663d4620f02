//! The check before printing that every printed field is in the page's
//! language. A person's position, an event's place, district, meeting
//! point and transport and a visit stop's site, address and what it shows
//! are kept in Kazakh and Russian (`*_kk` / `*_ru`); a field filled in
//! one language only would print that language on the other's page («Бас
//! маман» on a Russian certificate). [`missing_translations`] lists each such
//! field — whose, which, in which language — so the user can fill it in or
//! print anyway; printing anyway prints the other language's text
//! ([`crate::i18n::in_lang`]). It runs beside the glyph check
//! ([`super::glyphs`]) in the previews of batches, sign-in sheets,
//! programmes and reports.
//!
//! A field empty in both languages is not missing: nothing is printed.
//! Organisations' names are required in both languages and never missing.

use crate::Lang;
use serde::Serialize;
use ts_rs::TS;

/// The kind of record a printed field belongs to (what the UI opens to fill
/// it in).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum TranslatedRecord {
    /// A person (`id` is the person's).
    Person,
    /// An event (`id` is the event's).
    Event,
    /// An event's itinerary (`id` is the event's): its meeting point and
    /// transport, edited on the event's page rather than in its form.
    Itinerary,
    /// A stop of a visit's itinerary (`id` is the stop's, `event_id` its event's).
    Stop,
    /// A participant at an event (`id` is the person's, `event_id` the
    /// event's, whose page edits it).
    Attendance,
    /// A memorandum signed at an event (`id` is the memorandum's,
    /// `event_id` its event's, whose page lists it).
    Memorandum,
}

/// A printed field kept in both languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum TranslatedField {
    /// A person's position (`position_kk` / `position_ru`).
    Position,
    /// An event's place (`place_kk` / `place_ru`).
    Place,
    /// What a visit stop shows (`showing_kk` / `showing_ru`).
    Showing,
    /// A participant's nomination or place (`nomination_kk` / `nomination_ru`).
    Nomination,
    /// Where a visit's delegation meets (`meeting_point_kk` / `meeting_point_ru`).
    MeetingPoint,
    /// How a visit's delegation travels (`transport_kk` / `transport_ru`).
    Transport,
    /// A visit stop's site (`site_kk` / `site_ru`).
    Site,
    /// A visit stop's address (`address_kk` / `address_ru`).
    Address,
    /// An event's district (`district_kk` / `district_ru`).
    District,
    /// A memorandum's parties (`parties_kk` / `parties_ru`).
    Parties,
    /// A memorandum's subject (`subject_kk` / `subject_ru`).
    Subject,
}

impl TranslatedField {
    /// Every field, for the translation tests.
    pub const ALL: [Self; 11] = [
        Self::Position,
        Self::Place,
        Self::Showing,
        Self::Nomination,
        Self::MeetingPoint,
        Self::Transport,
        Self::Site,
        Self::Address,
        Self::District,
        Self::Parties,
        Self::Subject,
    ];

    /// The field as written on the wire and in the `.ftl` keys
    /// (`translation-field-position`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Position => "position",
            Self::Place => "place",
            Self::Showing => "showing",
            Self::Nomination => "nomination",
            Self::MeetingPoint => "meeting_point",
            Self::Transport => "transport",
            Self::Site => "site",
            Self::Address => "address",
            Self::District => "district",
            Self::Parties => "parties",
            Self::Subject => "subject",
        }
    }
}

/// A field about to be printed, with its two texts.
#[derive(Debug, Clone, Copy)]
pub struct PrintedField<'a> {
    /// Whose field.
    pub record: TranslatedRecord,
    /// The record's id.
    pub id: i64,
    /// The event of a stop (the page to open); `None` for other records.
    pub event_id: Option<i64>,
    /// The record as the user knows it: a full name, an event's title, a stop.
    pub what: &'a str,
    /// Which field.
    pub field: TranslatedField,
    /// The Kazakh text.
    pub kk: &'a str,
    /// The Russian text.
    pub ru: &'a str,
}

impl<'a> PrintedField<'a> {
    /// An event's place.
    pub fn place_of(event: &'a crate::events::Event) -> Self {
        Self {
            record: TranslatedRecord::Event,
            id: event.id,
            event_id: None,
            what: &event.title_kk,
            field: TranslatedField::Place,
            kk: &event.place_kk,
            ru: &event.place_ru,
        }
    }

    /// An event's district.
    pub fn district_of(event: &'a crate::events::Event) -> Self {
        Self {
            field: TranslatedField::District,
            kk: &event.district_kk,
            ru: &event.district_ru,
            ..Self::place_of(event)
        }
    }

    /// The meeting point and the transport of a plan's itinerary.
    pub fn itinerary_of(plan: &'a crate::planning::Plan) -> [Self; 2] {
        let field = |field, kk: &'a str, ru: &'a str| Self {
            record: TranslatedRecord::Itinerary,
            id: plan.event.id,
            event_id: Some(plan.event.id),
            what: &plan.event.title_kk,
            field,
            kk,
            ru,
        };
        [
            field(
                TranslatedField::MeetingPoint,
                &plan.meeting_point_kk,
                &plan.meeting_point_ru,
            ),
            field(
                TranslatedField::Transport,
                &plan.transport_kk,
                &plan.transport_ru,
            ),
        ]
    }

    /// What a stop shows; `what` names the stop («№2 Organisation»).
    pub fn showing_of(stop: &'a crate::planning::stops::Stop, what: &'a str) -> Self {
        Self {
            record: TranslatedRecord::Stop,
            id: stop.id,
            event_id: Some(stop.event_id),
            what,
            field: TranslatedField::Showing,
            kk: &stop.showing_kk,
            ru: &stop.showing_ru,
        }
    }

    /// A stop's site, address and what it shows, as printed on a programme;
    /// `what` names the stop.
    pub fn stop_fields(stop: &'a crate::planning::stops::Stop, what: &'a str) -> [Self; 3] {
        let field = |field, kk: &'a str, ru: &'a str| Self {
            record: TranslatedRecord::Stop,
            id: stop.id,
            event_id: Some(stop.event_id),
            what,
            field,
            kk,
            ru,
        };
        [
            field(TranslatedField::Site, &stop.site_kk, &stop.site_ru),
            field(TranslatedField::Address, &stop.address_kk, &stop.address_ru),
            Self::showing_of(stop, what),
        ]
    }

    /// A participant's nomination at `event_id`; `what` is their full name.
    pub fn nomination_of(
        person_id: i64,
        event_id: i64,
        what: &'a str,
        kk: &'a str,
        ru: &'a str,
    ) -> Self {
        Self {
            record: TranslatedRecord::Attendance,
            id: person_id,
            event_id: Some(event_id),
            what,
            field: TranslatedField::Nomination,
            kk,
            ru,
        }
    }

    /// A person's position; `what` is their full name.
    pub fn position_of(id: i64, what: &'a str, position_kk: &'a str, position_ru: &'a str) -> Self {
        Self {
            record: TranslatedRecord::Person,
            id,
            event_id: None,
            what,
            field: TranslatedField::Position,
            kk: position_kk,
            ru: position_ru,
        }
    }
}

/// A printed field with no text in a page's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MissingTranslation {
    /// Whose field.
    pub record: TranslatedRecord,
    /// The record's id.
    #[ts(type = "number")]
    pub id: i64,
    /// The event of a stop; absent for other records.
    #[ts(optional = nullable, type = "number | null")]
    pub event_id: Option<i64>,
    /// The record as the user knows it («Әбдірахманов Асқар Дарханұлы»).
    pub what: String,
    /// Which field.
    pub field: TranslatedField,
    /// The language the field has no text in.
    pub lang: Lang,
    /// What prints instead if the user prints anyway: the other language's text.
    pub fallback: String,
}

/// The fields of `fields` that have text in one language and none in a
/// language of `langs` (the languages the pages print), each once, in the
/// order given.
pub fn missing_translations<'a>(
    fields: impl IntoIterator<Item = PrintedField<'a>>,
    langs: &[Lang],
) -> Vec<MissingTranslation> {
    let mut missing: Vec<MissingTranslation> = Vec::new();
    for f in fields {
        let (kk, ru) = (f.kk.trim(), f.ru.trim());
        for &lang in langs {
            let (own, other) = match lang {
                Lang::Kk => (kk, ru),
                Lang::Ru => (ru, kk),
            };
            if !own.is_empty() || other.is_empty() {
                continue;
            }
            let seen = missing.iter().any(|m| {
                m.record == f.record && m.id == f.id && m.field == f.field && m.lang == lang
            });
            if !seen {
                missing.push(MissingTranslation {
                    record: f.record,
                    id: f.id,
                    event_id: f.event_id,
                    what: f.what.to_owned(),
                    field: f.field,
                    lang,
                    fallback: other.to_owned(),
                });
            }
        }
    }
    missing
}

#[cfg(test)]
mod tests {
    use super::*;

    fn position<'a>(id: i64, kk: &'a str, ru: &'a str) -> PrintedField<'a> {
        PrintedField {
            record: TranslatedRecord::Person,
            id,
            event_id: None,
            what: "Әбдірахманов Асқар Дарханұлы",
            field: TranslatedField::Position,
            kk,
            ru,
        }
    }

    #[test]
    fn every_field_and_language_is_named_in_both_languages() {
        for lang in Lang::ALL {
            let t = crate::i18n::Translator::new(lang);
            for field in TranslatedField::ALL {
                let key = format!("translation-field-{}", field.as_str());
                assert!(t.has(&key), "{lang}.ftl lacks {key}");
            }
            for of in Lang::ALL {
                let key = format!("translation-lang-{}", of.code());
                assert!(t.has(&key), "{lang}.ftl lacks {key}");
            }
        }
    }

    #[test]
    fn a_field_in_one_language_is_missing_in_the_other() {
        let fields = [
            position(1, "Бас маман", ""),
            position(2, "Бас маман", "Главный специалист"),
            position(3, "", ""),
            position(4, "  ", "Директор"),
            // The same person twice (two roles) is listed once.
            position(1, "Бас маман", ""),
        ];
        let ru = missing_translations(fields, &[Lang::Ru]);
        assert_eq!(ru.len(), 1, "{ru:?}");
        assert_eq!(ru[0].id, 1);
        assert_eq!(ru[0].lang, Lang::Ru);
        assert_eq!(ru[0].field, TranslatedField::Position);
        assert_eq!(ru[0].fallback, "Бас маман");
        let kk = missing_translations(fields, &[Lang::Kk]);
        assert_eq!(kk.len(), 1);
        assert_eq!((kk[0].id, kk[0].fallback.as_str()), (4, "Директор"));
        let both = missing_translations(fields, &[Lang::Kk, Lang::Ru]);
        assert_eq!(both.len(), 2);
    }
}
