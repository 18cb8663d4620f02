//! The monthly activity report: indicators for a period against the period
//! before it, and the tables and charts managers send up the chain.
//!
//! [`compute_report`] turns a [`ReportQuery`] (dates and filters) into a
//! [`Report`] with a handful of aggregate queries; [`xlsx::render_xlsx`] and
//! [`pdf::render_pdf`] turn the report into bytes (pure functions; the
//! caller writes files with [`crate::files::write_atomic`]).
//!
//! # What the indicators mean
//!
//! An event belongs to a period when it *starts* in it (local date of
//! `starts_at`, both ends inclusive) and is not deleted; the campaign and
//! district filters narrow the events. Deleted rows (`deleted_at` set) of
//! any table never count, nor do deleted people's attendance rows.
//!
//! - **Events held / planned / cancelled**: events in the period by status
//!   ("planned" are those not yet marked held or cancelled).
//! - **Named attendance**: people ticked present at held events; a person
//!   with two roles at one event counts once for that event.
//! - **Headcount**: the people counted at held events beyond those named.
//!   An event's headcount is everybody there as counted, the named people
//!   included (it is never lower than them): an event of 24 named people
//!   and a headcount of 300 adds 276.
//! - **People reached** = named attendance + headcount: per event, the
//!   headcount when one is recorded, else the named people.
//! - **Unique people**: distinct people ticked present at held events; a
//!   person who came to several events counts once.
//! - **Reach by category**: for each category (`person_category`), the
//!   unique people of that category and their attendances; a person in two
//!   categories counts in both, people without one in «no category».
//! - **Documents issued**: counted by *issue date* — rows of the register
//!   (`issued_document`) issued in the period with status issued or revoked
//!   (a spoiled blank was never handed out; a reissued document is counted
//!   by its replacement), whatever the date of their event. With a campaign
//!   or district filter only documents of matching events count. Beside it
//!   the documents table shows, per kind, the documents *for the period's
//!   events* whatever their issue date ([`DocumentCount::for_events`]): a
//!   letter handed out on 2 December for a November forum counts in
//!   December's «issued» and in November's «for the period's events».
//! - **Media publications / views**: publications dated in the period (by
//!   publication date; by the event's date when a publication has none)
//!   about events of the filters, and the sum of their views.
//! - **Memoranda**: memoranda signed in the period (by signing date; by the
//!   event's date when none is recorded).
//! - **Proposals**: the sum of `proposals_count` of held events.
//! - **Event records** (of the period's events, any status, not deleted):
//!   «Общественный помощник полиции» IDs handed over (`policeAssistantIds`;
//!   `idHandovers` counts IDs of every kind), photos, initiatives presented,
//!   proposals drafted as records (`proposalRecords`, beside the counted
//!   `proposals`), and the people equipment went to. The photo page shows
//!   the photos chosen for the report of held events, at most two each.
//!
//! The previous period has the same length just before: the previous month
//! for a month, the previous quarter for a quarter, the previous year for a
//! year, and as many days just before for any other range.
//!
//! A period still running on [`ReportQuery::as_of`] (it began, its last day
//! is later) is compared by its days so far: 1–2 December against 1–2
//! November ([`Period::compared_on`]). The indicators and the documents
//! table then cover those days only; the events, plan and chart cover the
//! whole period (what is still planned shows). With fewer than
//! [`EARLY_DAYS`] days elapsed the report is [`Report::barely_begun`]: the
//! screens show the change without alarm colours.

mod compute;
mod labels;
pub mod merge;
pub mod pdf;
pub mod photo_page;
pub mod presence;
pub mod records;
pub mod xlsx;

pub use compute::{Scope, compute_report, compute_report_with, dashboard};
pub use labels::{period_heading, period_label, short_date, span_label};
pub use merge::merge_reports;

use crate::events::Event;
use crate::kinds::{EventKind, EventStatus};
use crate::progress::Progress;
use crate::{Error, FieldName, Invalid, Lang, Result};
use chrono::{Datelike, Months, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// What to report on: a period (inclusive dates) and optional filters.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReportQuery {
    /// First day, `YYYY-MM-DD`.
    pub from: String,
    /// Last day, `YYYY-MM-DD` (inclusive).
    pub to: String,
    /// Only events of this campaign.
    #[ts(optional = nullable)]
    pub campaign_id: Option<i64>,
    /// Only events in this district.
    #[ts(optional = nullable)]
    pub district: Option<String>,
    /// Today (`YYYY-MM-DD`), as the caller knows it: a period still running
    /// on this day is compared by its days so far. None: the whole period.
    #[serde(default)]
    #[ts(optional = nullable)]
    pub as_of: Option<String>,
}

impl ReportQuery {
    /// The whole month `YYYY-MM`.
    pub fn month(month: &str) -> Result<Self> {
        let first = parse_date(FieldName::Month, &format!("{month}-01"))?;
        Ok(Self::between(first, end_of_months(first, 1)))
    }

    /// The dates `from`..=`to` (`YYYY-MM-DD`), checked.
    pub fn dates(from: &str, to: &str) -> Result<Self> {
        let (from, to) = (
            parse_date(FieldName::From, from)?,
            parse_date(FieldName::To, to)?,
        );
        if to < from {
            return Err(Error::validation(
                FieldName::To,
                Invalid::EndsBeforeStart,
                "the period ends before it starts",
            ));
        }
        Ok(Self::between(from, to))
    }

    fn between(from: NaiveDate, to: NaiveDate) -> Self {
        Self {
            from: from.format("%Y-%m-%d").to_string(),
            to: to.format("%Y-%m-%d").to_string(),
            campaign_id: None,
            district: None,
            as_of: None,
        }
    }

    /// The same query as of `today` (see [`ReportQuery::as_of`]).
    pub fn on(mut self, today: NaiveDate) -> Self {
        self.as_of = Some(today.format("%Y-%m-%d").to_string());
        self
    }

    /// The checked `as_of` day, if any.
    pub fn as_of_date(&self) -> Result<Option<NaiveDate>> {
        self.as_of
            .as_deref()
            .filter(|s| !s.trim().is_empty())
            .map(|s| parse_date(FieldName::AsOf, s))
            .transpose()
    }

    /// The checked first and last day.
    pub fn period(&self) -> Result<Period> {
        let from = parse_date(FieldName::From, &self.from)?;
        let to = parse_date(FieldName::To, &self.to)?;
        if to < from {
            return Err(Error::validation(
                FieldName::To,
                Invalid::EndsBeforeStart,
                "the period ends before it starts",
            ));
        }
        Ok(Period { from, to })
    }
}

fn parse_date(field: FieldName, text: &str) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").map_err(|_| {
        Error::validation(
            field,
            Invalid::NotADate,
            format!("{text:?} is not a date YYYY-MM-DD"),
        )
    })
}

/// The last day of the `months` months starting with the month of `first`.
fn end_of_months(first: NaiveDate, months: u32) -> NaiveDate {
    first
        .checked_add_months(Months::new(months))
        .and_then(|d| d.pred_opt())
        .unwrap_or(first)
}

/// A period of whole days, both ends inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    /// First day.
    pub from: NaiveDate,
    /// Last day.
    pub to: NaiveDate,
}

impl Period {
    /// Whole calendar months (from the 1st to a month's last day): how many.
    fn whole_months(&self) -> Option<u32> {
        let next = self.to.succ_opt()?;
        if self.from.day() != 1 || next.day() != 1 {
            return None;
        }
        let months =
            (next.year() - self.from.year()) * 12 + next.month() as i32 - self.from.month() as i32;
        u32::try_from(months).ok().filter(|m| *m > 0)
    }

    /// The period of the same length just before: as many whole months for
    /// a period of whole months (a month, a quarter, a year), else as many
    /// days.
    pub fn previous(&self) -> Period {
        if let Some(months) = self.whole_months()
            && let Some(from) = self.from.checked_sub_months(Months::new(months))
        {
            return Period {
                from,
                to: self.from.pred_opt().unwrap_or(self.from),
            };
        }
        let days = (self.to - self.from).num_days() + 1;
        let to = self.from.pred_opt().unwrap_or(self.from);
        Period {
            from: to - chrono::Duration::days(days - 1),
            to,
        }
    }

    /// Days in the period.
    pub fn days(&self) -> i64 {
        (self.to - self.from).num_days() + 1
    }

    /// What is compared on `today`: for a period that began and has not
    /// ended, its days up to `today` against as many days from the start of
    /// the previous period (cut at that period's end: 1–31 March against
    /// 1–28 February); else the whole period against the previous one.
    pub fn compared_on(&self, today: Option<NaiveDate>) -> Comparison {
        let previous = self.previous();
        match today {
            Some(today) if self.from <= today && today < self.to => {
                let elapsed = (today - self.from).num_days() + 1;
                let to = (previous.from + chrono::Duration::days(elapsed - 1)).min(previous.to);
                Comparison {
                    current: Period {
                        from: self.from,
                        to: today,
                    },
                    previous: Period {
                        from: previous.from,
                        to,
                    },
                    running: true,
                    days_elapsed: elapsed,
                }
            }
            Some(today) if today < self.from => Comparison {
                current: *self,
                previous,
                running: false,
                days_elapsed: 0,
            },
            _ => Comparison {
                current: *self,
                previous,
                running: false,
                days_elapsed: self.days(),
            },
        }
    }
}

/// Fewer days than this elapsed of a period: too early for alarm colours.
pub const EARLY_DAYS: i64 = 7;

/// The spans a report compares (see [`Period::compared_on`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Comparison {
    /// This period, or its days so far.
    pub current: Period,
    /// The previous period, or as many of its first days.
    pub previous: Period,
    /// The period is still running: `current` is its days so far.
    pub running: bool,
    /// Days of the period elapsed (0 before it begins).
    pub days_elapsed: i64,
}

impl Comparison {
    /// Too early in the period for the change to mean much.
    pub fn barely_begun(&self) -> bool {
        self.days_elapsed < EARLY_DAYS
    }
}

/// The figures of one period.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Figures {
    /// First day, `YYYY-MM-DD`.
    pub from: String,
    /// Last day, `YYYY-MM-DD`.
    pub to: String,
    /// Events in the period (any status).
    #[ts(type = "number")]
    pub events_total: i64,
    /// Events held.
    #[ts(type = "number")]
    pub events_held: i64,
    /// Events still planned (not marked held or cancelled).
    #[ts(type = "number")]
    pub events_planned: i64,
    /// Events cancelled.
    #[ts(type = "number")]
    pub events_cancelled: i64,
    /// Named attendance + the people counted beyond them at held events.
    #[ts(type = "number")]
    pub people_reached: i64,
    /// People ticked present at held events (once per event).
    #[ts(type = "number")]
    pub named_attendance: i64,
    /// People counted at held events beyond those named (each event's
    /// headcount less its named attendance, never below 0).
    #[ts(type = "number")]
    pub headcount: i64,
    /// Distinct people present at held events.
    #[ts(type = "number")]
    pub unique_people: i64,
    /// Documents issued (issued or revoked), all kinds.
    #[ts(type = "number")]
    pub documents_issued: i64,
    /// Gratitude letters issued.
    #[ts(type = "number")]
    pub gratitude_letters: i64,
    /// Diplomas issued.
    #[ts(type = "number")]
    pub diplomas: i64,
    /// Certificates issued.
    #[ts(type = "number")]
    pub certificates: i64,
    /// Media publications about the period's events.
    #[ts(type = "number")]
    pub media_publications: i64,
    /// Their views.
    #[ts(type = "number")]
    pub media_views: i64,
    /// Memoranda signed at the period's events.
    #[ts(type = "number")]
    pub memoranda: i64,
    /// Proposals received at held events.
    #[ts(type = "number")]
    pub proposals: i64,
    /// «Общественный помощник полиции» IDs handed over at the period's events.
    #[ts(type = "number")]
    pub police_assistant_ids: i64,
    /// IDs of every kind handed over.
    #[ts(type = "number")]
    pub id_handovers: i64,
    /// Photos of the period's events.
    #[ts(type = "number")]
    pub photos: i64,
    /// Initiatives presented.
    #[ts(type = "number")]
    pub initiatives: i64,
    /// Proposals drafted, recorded one by one.
    #[ts(type = "number")]
    pub proposal_records: i64,
    /// People equipment was handed over to.
    #[ts(type = "number")]
    pub equipment_recipients: i64,
}

impl Figures {
    /// Adds `other`'s counts (another office's, of the same span) to
    /// these, field by field; `from` and `to` are kept.
    pub fn add(&mut self, other: &Figures) {
        // Destructured so that a new field cannot be forgotten here.
        let Figures {
            from: _,
            to: _,
            events_total,
            events_held,
            events_planned,
            events_cancelled,
            people_reached,
            named_attendance,
            headcount,
            unique_people,
            documents_issued,
            gratitude_letters,
            diplomas,
            certificates,
            media_publications,
            media_views,
            memoranda,
            proposals,
            police_assistant_ids,
            id_handovers,
            photos,
            initiatives,
            proposal_records,
            equipment_recipients,
        } = other;
        self.events_total += events_total;
        self.events_held += events_held;
        self.events_planned += events_planned;
        self.events_cancelled += events_cancelled;
        self.people_reached += people_reached;
        self.named_attendance += named_attendance;
        self.headcount += headcount;
        self.unique_people += unique_people;
        self.documents_issued += documents_issued;
        self.gratitude_letters += gratitude_letters;
        self.diplomas += diplomas;
        self.certificates += certificates;
        self.media_publications += media_publications;
        self.media_views += media_views;
        self.memoranda += memoranda;
        self.proposals += proposals;
        self.police_assistant_ids += police_assistant_ids;
        self.id_handovers += id_handovers;
        self.photos += photos;
        self.initiatives += initiatives;
        self.proposal_records += proposal_records;
        self.equipment_recipients += equipment_recipients;
    }
}

/// One indicator of the report, in display order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum IndicatorKey {
    /// Events held.
    EventsHeld,
    /// Events planned.
    EventsPlanned,
    /// Events cancelled.
    EventsCancelled,
    /// People reached.
    PeopleReached,
    /// Named attendance.
    NamedAttendance,
    /// Headcount.
    Headcount,
    /// Unique people.
    UniquePeople,
    /// Documents issued.
    DocumentsIssued,
    /// Gratitude letters.
    GratitudeLetters,
    /// Diplomas.
    Diplomas,
    /// Certificates.
    Certificates,
    /// Media publications.
    MediaPublications,
    /// Media views.
    MediaViews,
    /// Memoranda.
    Memoranda,
    /// Proposals.
    Proposals,
    /// Initiatives presented.
    Initiatives,
    /// IDs handed over.
    IdHandovers,
    /// «Общественный помощник полиции» IDs.
    PoliceAssistantIds,
    /// Photos.
    Photos,
}

impl IndicatorKey {
    /// Every indicator, in display order.
    pub const ALL: [IndicatorKey; 19] = [
        Self::EventsHeld,
        Self::EventsPlanned,
        Self::EventsCancelled,
        Self::PeopleReached,
        Self::NamedAttendance,
        Self::Headcount,
        Self::UniquePeople,
        Self::DocumentsIssued,
        Self::GratitudeLetters,
        Self::Diplomas,
        Self::Certificates,
        Self::MediaPublications,
        Self::MediaViews,
        Self::Memoranda,
        Self::Proposals,
        Self::Initiatives,
        Self::IdHandovers,
        Self::PoliceAssistantIds,
        Self::Photos,
    ];

    /// The stored name (`events_held`…), also the suffix of its
    /// translation key `report-ind-<name>`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::EventsHeld => "events_held",
            Self::EventsPlanned => "events_planned",
            Self::EventsCancelled => "events_cancelled",
            Self::PeopleReached => "people_reached",
            Self::NamedAttendance => "named_attendance",
            Self::Headcount => "headcount",
            Self::UniquePeople => "unique_people",
            Self::DocumentsIssued => "documents_issued",
            Self::GratitudeLetters => "gratitude_letters",
            Self::Diplomas => "diplomas",
            Self::Certificates => "certificates",
            Self::MediaPublications => "media_publications",
            Self::MediaViews => "media_views",
            Self::Memoranda => "memoranda",
            Self::Proposals => "proposals",
            Self::Initiatives => "initiatives",
            Self::IdHandovers => "id_handovers",
            Self::PoliceAssistantIds => "police_assistant_ids",
            Self::Photos => "photos",
        }
    }

    /// A part of another indicator (shown indented).
    pub fn is_part(self) -> bool {
        matches!(
            self,
            Self::NamedAttendance
                | Self::Headcount
                | Self::GratitudeLetters
                | Self::Diplomas
                | Self::Certificates
                | Self::PoliceAssistantIds
        )
    }

    /// This indicator's value in `f`.
    pub fn value(self, f: &Figures) -> i64 {
        match self {
            Self::EventsHeld => f.events_held,
            Self::EventsPlanned => f.events_planned,
            Self::EventsCancelled => f.events_cancelled,
            Self::PeopleReached => f.people_reached,
            Self::NamedAttendance => f.named_attendance,
            Self::Headcount => f.headcount,
            Self::UniquePeople => f.unique_people,
            Self::DocumentsIssued => f.documents_issued,
            Self::GratitudeLetters => f.gratitude_letters,
            Self::Diplomas => f.diplomas,
            Self::Certificates => f.certificates,
            Self::MediaPublications => f.media_publications,
            Self::MediaViews => f.media_views,
            Self::Memoranda => f.memoranda,
            Self::Proposals => f.proposals,
            Self::Initiatives => f.initiatives,
            Self::IdHandovers => f.id_handovers,
            Self::PoliceAssistantIds => f.police_assistant_ids,
            Self::Photos => f.photos,
        }
    }
}

/// An indicator beside the previous period, with the change.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Indicator {
    /// Which indicator.
    pub key: IndicatorKey,
    /// This period.
    #[ts(type = "number")]
    pub current: i64,
    /// The previous period.
    #[ts(type = "number")]
    pub previous: i64,
    /// `current - previous`.
    #[ts(type = "number")]
    pub change: i64,
    /// The change in percent of the previous value, one decimal; none when
    /// the previous value is 0.
    #[ts(optional = nullable)]
    pub change_percent: Option<f64>,
}

impl Indicator {
    /// The indicator `key` from two periods' figures.
    pub fn new(key: IndicatorKey, current: &Figures, previous: &Figures) -> Self {
        let (c, p) = (key.value(current), key.value(previous));
        Self {
            key,
            current: c,
            previous: p,
            change: c - p,
            change_percent: percent_change(c, p),
        }
    }
}

/// `(current - previous) / previous` in percent, one decimal; `None` when
/// `previous` is 0.
pub fn percent_change(current: i64, previous: i64) -> Option<f64> {
    (previous != 0).then(|| ((current - previous) as f64 * 1000.0 / previous as f64).round() / 10.0)
}

/// A campaign as a column of the kind × campaign table (`id` none: events
/// without a campaign).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CampaignColumn {
    /// The campaign.
    #[ts(optional = nullable)]
    pub id: Option<i64>,
    /// Name in Kazakh (empty for "no campaign").
    pub name_kk: String,
    /// Name in Russian (empty for "no campaign").
    pub name_ru: String,
}

/// One kind's held events by campaign.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct KindRow {
    /// The kind.
    pub kind: EventKind,
    /// Held events per campaign, in the order of [`KindCampaignTable::campaigns`].
    #[ts(type = "number[]")]
    pub counts: Vec<i64>,
    /// All held events of this kind.
    #[ts(type = "number")]
    pub total: i64,
}

/// Held events by kind × campaign (only kinds and campaigns that occur).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct KindCampaignTable {
    /// The columns.
    pub campaigns: Vec<CampaignColumn>,
    /// One row per kind.
    pub rows: Vec<KindRow>,
    /// Column totals.
    #[ts(type = "number[]")]
    pub totals: Vec<i64>,
    /// All held events.
    #[ts(type = "number")]
    pub total: i64,
}

/// Reach of one category.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CategoryReach {
    /// The category (none: people without a category).
    #[ts(optional = nullable)]
    pub category_id: Option<i64>,
    /// Name in Kazakh (empty for "no category").
    pub name_kk: String,
    /// Name in Russian (empty for "no category").
    pub name_ru: String,
    /// Distinct people of the category present at held events.
    #[ts(type = "number")]
    pub people: i64,
    /// Their attendances (once per event).
    #[ts(type = "number")]
    pub attendances: i64,
}

/// Documents of one kind issued in the period and the previous one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DocumentCount {
    /// `gratitude`, `diploma` or `certificate`.
    pub kind: String,
    /// This period.
    #[ts(type = "number")]
    pub count: i64,
    /// The previous period.
    #[ts(type = "number")]
    pub previous: i64,
    /// Documents of this kind for the period's events, whatever their issue
    /// date (issued or revoked).
    #[ts(type = "number")]
    pub for_events: i64,
}

/// A publication about one of the period's events.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MediaRow {
    /// The publication's id: orders the publications of one day (not sent
    /// to the screens).
    #[serde(skip)]
    #[ts(skip)]
    pub(crate) id: i64,
    /// Publication date.
    #[ts(optional = nullable)]
    pub published_on: Option<String>,
    /// Outlet.
    pub outlet: String,
    /// Link.
    pub url: String,
    /// Views.
    #[ts(optional = nullable, type = "number | null")]
    pub views: Option<i64>,
    /// The event.
    pub event_id: i64,
    /// Its title in Kazakh.
    pub event_title_kk: String,
    /// Its title in Russian.
    pub event_title_ru: String,
}

/// A memorandum signed at one of the period's events.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MemorandumRow {
    /// The memorandum's id.
    pub id: i64,
    /// Signing date.
    #[ts(optional = nullable)]
    pub signed_on: Option<String>,
    /// The parties in Kazakh (may be empty; see [`MemorandumRow::parties`]).
    pub parties_kk: String,
    /// The parties in Russian (may be empty).
    pub parties_ru: String,
    /// The subject in Kazakh (may be empty).
    pub subject_kk: String,
    /// The subject in Russian (may be empty).
    pub subject_ru: String,
    /// The event.
    pub event_id: i64,
    /// Its title in Kazakh.
    pub event_title_kk: String,
    /// Its title in Russian.
    pub event_title_ru: String,
}

impl MemorandumRow {
    /// The parties in `lang` (the other language's when it is empty).
    pub fn parties(&self, lang: Lang) -> &str {
        crate::i18n::in_lang(&self.parties_kk, &self.parties_ru, lang)
    }

    /// The subject in `lang` (the other language's when it is empty).
    pub fn subject(&self, lang: Lang) -> &str {
        crate::i18n::in_lang(&self.subject_kk, &self.subject_ru, lang)
    }
}

/// Plan against actual for one kind.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PlanRow {
    /// The kind (none: the total row).
    #[ts(optional = nullable)]
    pub kind: Option<EventKind>,
    /// Events in the plan for the period (any status).
    #[ts(type = "number")]
    pub planned: i64,
    /// Held.
    #[ts(type = "number")]
    pub held: i64,
    /// Cancelled.
    #[ts(type = "number")]
    pub cancelled: i64,
    /// Not yet marked held or cancelled.
    #[ts(type = "number")]
    pub pending: i64,
}

/// One event of the period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReportEvent {
    /// Row id.
    pub id: i64,
    /// Local start, `YYYY-MM-DDTHH:MM`.
    pub starts_at: String,
    /// Kind.
    pub kind: EventKind,
    /// Campaign.
    #[ts(optional = nullable)]
    pub campaign_id: Option<i64>,
    /// The campaign's name in Kazakh (empty without one).
    pub campaign_kk: String,
    /// The campaign's name in Russian (empty without one).
    pub campaign_ru: String,
    /// Title in Kazakh.
    pub title_kk: String,
    /// Title in Russian.
    pub title_ru: String,
    /// Place in Kazakh (may be empty; see [`ReportEvent::place`]).
    pub place_kk: String,
    /// Place in Russian (may be empty).
    pub place_ru: String,
    /// District in Kazakh (may be empty; see [`ReportEvent::district`]).
    pub district_kk: String,
    /// District in Russian (may be empty).
    pub district_ru: String,
    /// Status.
    pub status: EventStatus,
    /// People ticked present (held events only; 0 otherwise).
    #[ts(type = "number")]
    pub participants: i64,
    /// Headcount, if one was recorded.
    #[ts(optional = nullable, type = "number | null")]
    pub headcount: Option<i64>,
    /// Proposals received.
    #[ts(type = "number")]
    pub proposals: i64,
}

impl ReportEvent {
    /// The district as the report filters by it (the Kazakh name, else the
    /// Russian one; see [`crate::events::Event::district_key`]).
    pub fn district_key(&self) -> &str {
        if self.district_kk.trim().is_empty() {
            &self.district_ru
        } else {
            &self.district_kk
        }
    }

    /// The district in `lang` (the other language's when it is empty).
    pub fn district(&self, lang: Lang) -> &str {
        crate::i18n::in_lang(&self.district_kk, &self.district_ru, lang)
    }

    /// The place in `lang` (the other language's when it is empty).
    pub fn place(&self, lang: Lang) -> &str {
        crate::i18n::in_lang(&self.place_kk, &self.place_ru, lang)
    }

    /// The title in `lang`.
    pub fn title(&self, lang: Lang) -> &str {
        match lang {
            Lang::Kk => &self.title_kk,
            Lang::Ru => &self.title_ru,
        }
    }

    /// The campaign's name in `lang` (empty without one).
    pub fn campaign(&self, lang: Lang) -> &str {
        match lang {
            Lang::Kk => &self.campaign_kk,
            Lang::Ru => &self.campaign_ru,
        }
    }

    /// People reached at this event (0 unless held): its headcount, or the
    /// named people when there is none (or, in data older than the rule
    /// that a headcount covers them, when they are more).
    pub fn reach(&self) -> i64 {
        if self.status == EventStatus::Held {
            self.participants.max(self.headcount.unwrap_or(0))
        } else {
            0
        }
    }
}

/// How the events chart groups time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum BucketUnit {
    /// Weeks from Monday (periods up to about three months).
    Week,
    /// Calendar months (longer periods).
    Month,
}

/// One bar of the events chart: held and planned events by kind.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ChartBucket {
    /// First day in the bucket (within the period).
    pub from: String,
    /// Last day in the bucket (within the period).
    pub to: String,
    /// Events per kind, in the order of [`Report::chart_kinds`].
    #[ts(type = "number[]")]
    pub counts: Vec<i64>,
}

/// The report of one period.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Report {
    /// What was asked.
    pub query: ReportQuery,
    /// This period's figures (its days so far when it is still running).
    pub current: Figures,
    /// The previous period's figures (same filters; as many days when this
    /// period is still running).
    pub previous: Figures,
    /// The period is still running on `query.asOf`: `current` and `previous`
    /// cover its days so far and as many days of the previous period.
    pub running: bool,
    /// Days of the period elapsed on `query.asOf` (0 before it begins; the
    /// whole period without `asOf`).
    #[ts(type = "number")]
    pub days_elapsed: i64,
    /// Fewer than [`EARLY_DAYS`] days elapsed: show the change without alarm.
    pub barely_begun: bool,
    /// The indicators with the change, in display order.
    pub indicators: Vec<Indicator>,
    /// Held events by kind × campaign.
    pub by_kind_campaign: KindCampaignTable,
    /// Reach by category (every category, then «no category»).
    pub by_category: Vec<CategoryReach>,
    /// Documents by kind.
    pub documents: Vec<DocumentCount>,
    /// Media coverage.
    pub media: Vec<MediaRow>,
    /// Memoranda.
    pub memoranda: Vec<MemorandumRow>,
    /// Held events with proposals.
    pub proposals: Vec<ReportEvent>,
    /// Plan against actual by kind, then the total row.
    pub plan: Vec<PlanRow>,
    /// The events, by start.
    pub events: Vec<ReportEvent>,
    /// How the chart groups time.
    pub chart_unit: BucketUnit,
    /// The kinds in the chart (those with events).
    pub chart_kinds: Vec<EventKind>,
    /// The chart's bars.
    pub chart: Vec<ChartBucket>,
    /// The period's event records: ID hand-overs, initiatives, proposals,
    /// the photo page.
    pub records: records::EventRecords,
}

/// The dashboard: this month so far against as many days of the previous
/// month, and what comes next.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Dashboard {
    /// The report of the current month.
    pub report: Report,
    /// The next planned events from today.
    pub upcoming: Vec<Event>,
}

/// The language(s) of a PDF report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ReportLang {
    /// Kazakh.
    #[default]
    Kk,
    /// Russian.
    Ru,
    /// Kazakh, then Russian, in one file.
    Both,
}

impl ReportLang {
    /// The language of the page numbers of a document in these languages.
    pub fn footer(self) -> kense_pdf::FooterLanguage {
        match self {
            Self::Kk => kense_pdf::FooterLanguage::Kazakh,
            Self::Ru => kense_pdf::FooterLanguage::Russian,
            Self::Both => kense_pdf::FooterLanguage::Both,
        }
    }

    /// The languages, Kazakh first.
    pub fn langs(self) -> &'static [Lang] {
        match self {
            Self::Kk => &[Lang::Kk],
            Self::Ru => &[Lang::Ru],
            Self::Both => &[Lang::Kk, Lang::Ru],
        }
    }
}

impl std::str::FromStr for ReportLang {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self> {
        match s.trim().to_lowercase().as_str() {
            "both" => Ok(Self::Both),
            other => other.parse::<Lang>().map(|l| match l {
                Lang::Kk => Self::Kk,
                Lang::Ru => Self::Ru,
            }),
        }
    }
}

/// Computes the report for `query` and writes it as a PDF in `lang` to
/// `path` (atomically), with the office and default signatory from the
/// database, `generated_on` (`dd.mm.yyyy`) at the end, and the photo page.
pub fn save_pdf(
    conn: &rusqlite::Connection,
    query: &ReportQuery,
    lang: ReportLang,
    path: &std::path::Path,
    generated_on: &str,
) -> Result<()> {
    save_pdf_with_progress(conn, query, lang, path, generated_on, &Progress::none())
}

/// The stages of a report's PDF as its progress counts them: the figures,
/// the letterhead and photos, the pages; writing the file is the fourth.
const PDF_STAGES: u64 = 3;

/// [`save_pdf`] reporting its stages (figures, letterhead and photos,
/// pages, file: `done` of 4) and stopping when `progress` is cancelled
/// between them: the file is written last, atomically, so after a cancel
/// there is none (or the one it would have replaced, unchanged).
pub fn save_pdf_with_progress(
    conn: &rusqlite::Connection,
    query: &ReportQuery,
    lang: ReportLang,
    path: &std::path::Path,
    generated_on: &str,
    progress: &Progress<'_>,
) -> Result<()> {
    progress.step(0, PDF_STAGES + 1)?;
    let report = compute_report(conn, query)?;
    write_pdf_with_progress(conn, &report, lang, path, generated_on, progress)
}

/// Writes `report` (computed here or on the hub) as a PDF to `path`, with
/// the letterhead and photos of `conn`'s office: the stages after the
/// figures (`done` 1 to 4 of 4), cancelled between them with no file left.
pub fn write_pdf_with_progress(
    conn: &rusqlite::Connection,
    report: &Report,
    lang: ReportLang,
    path: &std::path::Path,
    generated_on: &str,
    progress: &Progress<'_>,
) -> Result<()> {
    let total = PDF_STAGES + 1;
    let bytes = render_pdf_stages(conn, report, lang, generated_on, progress, total)?;
    progress.step(PDF_STAGES, total)?;
    progress.check()?;
    crate::files::write_atomic(path, &bytes)?;
    progress.set(total, total);
    Ok(())
}

/// [`render_report_pdf`] reporting its stages (`done` of 3) and stopping
/// between them when `progress` is cancelled.
pub fn render_report_pdf_with_progress(
    conn: &rusqlite::Connection,
    query: &ReportQuery,
    lang: ReportLang,
    generated_on: &str,
    progress: &Progress<'_>,
) -> Result<Vec<u8>> {
    progress.step(0, PDF_STAGES)?;
    let report = compute_report(conn, query)?;
    let bytes = render_pdf_stages(conn, &report, lang, generated_on, progress, PDF_STAGES)?;
    progress.step(PDF_STAGES, PDF_STAGES)?;
    progress.check()?;
    Ok(bytes)
}

fn render_pdf_stages(
    conn: &rusqlite::Connection,
    report: &Report,
    lang: ReportLang,
    generated_on: &str,
    progress: &Progress<'_>,
    total: u64,
) -> Result<Vec<u8>> {
    progress.step(1, total)?;
    let head = pdf::Letterhead::load(conn)?;
    let photos = photo_page::PhotoPage::load(conn, report)?;
    progress.step(2, total)?;
    pdf::render_pdf_with_photos(report, &head, &photos, lang, generated_on)
}

/// Computes the report for `query` and renders it as PDF bytes, the same
/// document [`save_pdf`] writes (for printing without saving a file).
pub fn render_report_pdf(
    conn: &rusqlite::Connection,
    query: &ReportQuery,
    lang: ReportLang,
    generated_on: &str,
) -> Result<Vec<u8>> {
    render_report_pdf_with_progress(conn, query, lang, generated_on, &Progress::none())
}

/// What the report of `query` would print in the other language because an
/// event's place or district or a memorandum's parties or subject has no
/// text in one of `lang`'s (see
/// [`missing_translations_in`]).
pub fn report_missing_translations(
    conn: &rusqlite::Connection,
    query: &ReportQuery,
    lang: ReportLang,
) -> Result<Vec<crate::documents::MissingTranslation>> {
    Ok(missing_translations_in(&compute_report(conn, query)?, lang))
}

/// What `report` would print in the other language because an event's
/// place or district or a memorandum's parties or subject has no text in
/// one of `lang`'s. Shown before
/// printing, to fill in or print anyway.
pub fn missing_translations_in<'a>(
    report: &'a Report,
    lang: ReportLang,
) -> Vec<crate::documents::MissingTranslation> {
    use crate::documents::translations::{PrintedField, TranslatedField, TranslatedRecord};
    let fields = report.events.iter().flat_map(|e| {
        let field = |field, kk: &'a str, ru: &'a str| PrintedField {
            record: TranslatedRecord::Event,
            id: e.id,
            event_id: None,
            what: e.title(lang.langs()[0]),
            field,
            kk,
            ru,
        };
        [
            field(TranslatedField::Place, &e.place_kk, &e.place_ru),
            field(TranslatedField::District, &e.district_kk, &e.district_ru),
        ]
    });
    let memoranda = report.memoranda.iter().flat_map(|m| {
        let field = |field, kk: &'a str, ru: &'a str| PrintedField {
            record: TranslatedRecord::Memorandum,
            id: m.id,
            event_id: Some(m.event_id),
            what: match lang.langs()[0] {
                Lang::Kk => &m.event_title_kk,
                Lang::Ru => &m.event_title_ru,
            },
            field,
            kk,
            ru,
        };
        [
            field(TranslatedField::Parties, &m.parties_kk, &m.parties_ru),
            field(TranslatedField::Subject, &m.subject_kk, &m.subject_ru),
        ]
    });
    crate::documents::missing_translations(fields.chain(memoranda), lang.langs())
}

/// Computes the report for `query` and writes it as an XLSX workbook in
/// `lang` to `path` (atomically).
pub fn save_xlsx(
    conn: &rusqlite::Connection,
    query: &ReportQuery,
    lang: Lang,
    path: &std::path::Path,
) -> Result<()> {
    save_xlsx_with_progress(conn, query, lang, path, &Progress::none())
}

/// [`save_xlsx`] reporting its stages (figures, workbook, file: `done` of
/// 3) and stopping between them when `progress` is cancelled; the file is
/// written last, atomically, so after a cancel there is none.
pub fn save_xlsx_with_progress(
    conn: &rusqlite::Connection,
    query: &ReportQuery,
    lang: Lang,
    path: &std::path::Path,
    progress: &Progress<'_>,
) -> Result<()> {
    progress.step(0, XLSX_STAGES)?;
    let report = compute_report(conn, query)?;
    write_xlsx_with_progress(&report, lang, path, progress)
}

/// The stages of a report's workbook: the figures, the sheets, the file.
const XLSX_STAGES: u64 = 3;

/// Writes `report` (computed here or on the hub) as an XLSX workbook to
/// `path`: the stages after the figures (`done` 1 to 3 of 3), cancelled
/// between them with no file left.
pub fn write_xlsx_with_progress(
    report: &Report,
    lang: Lang,
    path: &std::path::Path,
    progress: &Progress<'_>,
) -> Result<()> {
    progress.step(1, XLSX_STAGES)?;
    let bytes = xlsx::render_xlsx(report, lang)?;
    progress.step(2, XLSX_STAGES)?;
    progress.check()?;
    crate::files::write_atomic(path, &bytes)?;
    progress.set(XLSX_STAGES, XLSX_STAGES);
    Ok(())
}

#[cfg(test)]
mod tests;
