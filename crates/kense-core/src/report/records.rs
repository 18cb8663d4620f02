//! The event records in the report: IDs handed over, initiatives presented,
//! proposals drafted, equipment handed over, and photos — counted for both
//! periods, listed for the current one, and the photos chosen for the
//! report's photo page (at most [`PHOTOS_PER_EVENT`] per held event).

use super::Figures;
use super::compute::{EVENTS_IN_SCOPE, Scope};
use crate::Result;
use crate::error::SqlContext;
use crate::kinds::{IdKind, ProposalStatus};
use rusqlite::{Connection, params};
use serde::Serialize;
use ts_rs::TS;

/// The photos a held event shows on the report's photo page, at most.
pub const PHOTOS_PER_EVENT: usize = 2;

/// An ID handed over at one of the period's events.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct HandoverRow {
    /// The hand-over's id: orders those of one day or event (not sent to the
    /// screens).
    #[serde(skip)]
    #[ts(skip)]
    pub(crate) id: i64,
    /// When, `YYYY-MM-DD`.
    #[ts(optional = nullable)]
    pub handed_on: Option<String>,
    /// Who received it.
    pub person_name: String,
    /// The kind.
    pub kind: IdKind,
    /// The name of an ID of kind `other`.
    pub kind_other: String,
    /// The number the issuing body gave it.
    pub number: String,
    /// The issuing body.
    pub issuer: String,
    /// The event.
    pub event_id: i64,
    /// Its title in Kazakh.
    pub event_title_kk: String,
    /// Its title in Russian.
    pub event_title_ru: String,
}

/// An initiative presented at one of the period's events.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct InitiativeRow {
    /// The initiative's id: orders those of one day or event (not sent to the
    /// screens).
    #[serde(skip)]
    #[ts(skip)]
    pub(crate) id: i64,
    /// Name in Kazakh.
    pub name_kk: String,
    /// Name in Russian.
    pub name_ru: String,
    /// The event.
    pub event_id: i64,
    /// Its local start.
    pub starts_at: String,
    /// Its title in Kazakh.
    pub event_title_kk: String,
    /// Its title in Russian.
    pub event_title_ru: String,
}

/// A proposal drafted at one of the period's events.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ProposalRow {
    /// The proposal's id: orders those of one day or event (not sent to the
    /// screens).
    #[serde(skip)]
    #[ts(skip)]
    pub(crate) id: i64,
    /// The proposal.
    pub text: String,
    /// To whom.
    pub addressee: String,
    /// Where it stands.
    pub status: ProposalStatus,
    /// The event.
    pub event_id: i64,
    /// Its local start.
    pub starts_at: String,
    /// Its title in Kazakh.
    pub event_title_kk: String,
    /// Its title in Russian.
    pub event_title_ru: String,
}

/// A photo on the report's photo page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReportPhoto {
    /// The photo.
    pub photo_id: i64,
    /// Caption.
    pub caption: String,
    /// Credit.
    pub credit: String,
    /// The event.
    pub event_id: i64,
    /// Its local start.
    pub starts_at: String,
    /// Its title in Kazakh.
    pub event_title_kk: String,
    /// Its title in Russian.
    pub event_title_ru: String,
}

/// The event records of one period.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EventRecords {
    /// IDs handed over, by date.
    pub handovers: Vec<HandoverRow>,
    /// Initiatives presented, by event.
    pub initiatives: Vec<InitiativeRow>,
    /// Proposals drafted, by event.
    pub proposals: Vec<ProposalRow>,
    /// The photo page: photos chosen for the report of held events.
    pub photo_page: Vec<ReportPhoto>,
}

/// Adds the counts of the scope's event records to `f`.
pub(super) fn count_records(conn: &Connection, scope: &Scope, f: &mut Figures) -> Result<()> {
    let live = |table: &str, extra: &str| {
        format!(
            "(SELECT count(*) FROM {table} r JOIN event e ON e.id = r.event_id
              WHERE r.deleted_at IS NULL {extra} AND {EVENTS_IN_SCOPE})"
        )
    };
    let sql = format!(
        "SELECT {}, {}, {}, {}, {}, (SELECT coalesce(sum(r.recipients), 0)
              FROM equipment_handover r JOIN event e ON e.id = r.event_id
              WHERE r.deleted_at IS NULL AND {EVENTS_IN_SCOPE})",
        live("id_handover", "AND r.kind = 'police_assistant'"),
        live("id_handover", ""),
        live("event_photo", ""),
        live("initiative", ""),
        live("proposal", ""),
    );
    let counts: [i64; 6] = conn
        .prepare_cached(&sql)
        .and_then(|mut stmt| {
            stmt.query_row(
                params![scope.from, scope.to_end, scope.campaign, scope.district],
                |row| {
                    Ok([
                        row.get(0)?,
                        row.get(1)?,
                        row.get(2)?,
                        row.get(3)?,
                        row.get(4)?,
                        row.get(5)?,
                    ])
                },
            )
        })
        .context("counting the event records")?;
    [
        f.police_assistant_ids,
        f.id_handovers,
        f.photos,
        f.initiatives,
        f.proposal_records,
        f.equipment_recipients,
    ] = counts;
    Ok(())
}

/// Lists the scope's event records.
pub(super) fn load_records(conn: &Connection, scope: &Scope) -> Result<EventRecords> {
    let p = params![scope.from, scope.to_end, scope.campaign, scope.district];
    let handovers = conn
        .prepare_cached(&format!(
            "SELECT r.handed_on, trim(p.surname || ' ' || p.name || ' ' || p.patronymic), r.kind,
                    r.kind_other, r.number, r.issuer, e.id, e.title_kk, e.title_ru, r.id
             FROM id_handover r JOIN event e ON e.id = r.event_id JOIN person p ON p.id = r.person_id
             WHERE r.deleted_at IS NULL AND {EVENTS_IN_SCOPE}
             ORDER BY coalesce(r.handed_on, substr(e.starts_at, 1, 10)), r.id"
        ))
        .and_then(|mut stmt| {
            stmt.query_map(p, |row| {
                Ok(HandoverRow {
                    id: row.get(9)?,
                    handed_on: row.get(0)?,
                    person_name: row.get(1)?,
                    kind: row.get(2)?,
                    kind_other: row.get(3)?,
                    number: row.get(4)?,
                    issuer: row.get(5)?,
                    event_id: row.get(6)?,
                    event_title_kk: row.get(7)?,
                    event_title_ru: row.get(8)?,
                })
            })?
            .collect::<std::result::Result<Vec<_>, _>>()
        })
        .context("listing the period's ID hand-overs")?;
    let initiatives = conn
        .prepare_cached(&format!(
            "SELECT CASE WHEN r.name_kk <> '' THEN r.name_kk ELSE coalesce(c.name_kk, r.name_ru) END,
                    CASE WHEN r.name_ru <> '' THEN r.name_ru ELSE coalesce(c.name_ru, r.name_kk) END,
                    e.id, e.starts_at, e.title_kk, e.title_ru, r.id
             FROM initiative r JOIN event e ON e.id = r.event_id
             LEFT JOIN campaign c ON c.id = r.campaign_id
             WHERE r.deleted_at IS NULL AND {EVENTS_IN_SCOPE} ORDER BY e.starts_at, r.id"
        ))
        .and_then(|mut stmt| {
            stmt.query_map(p, |row| {
                Ok(InitiativeRow {
                    id: row.get(6)?,
                    name_kk: row.get(0)?,
                    name_ru: row.get(1)?,
                    event_id: row.get(2)?,
                    starts_at: row.get(3)?,
                    event_title_kk: row.get(4)?,
                    event_title_ru: row.get(5)?,
                })
            })?
            .collect::<std::result::Result<Vec<_>, _>>()
        })
        .context("listing the period's initiatives")?;
    let proposals = conn
        .prepare_cached(&format!(
            "SELECT r.text, r.addressee, r.status, e.id, e.starts_at, e.title_kk, e.title_ru, r.id
             FROM proposal r JOIN event e ON e.id = r.event_id
             WHERE r.deleted_at IS NULL AND {EVENTS_IN_SCOPE} ORDER BY e.starts_at, r.id"
        ))
        .and_then(|mut stmt| {
            stmt.query_map(p, |row| {
                Ok(ProposalRow {
                    id: row.get(7)?,
                    text: row.get(0)?,
                    addressee: row.get(1)?,
                    status: row.get(2)?,
                    event_id: row.get(3)?,
                    starts_at: row.get(4)?,
                    event_title_kk: row.get(5)?,
                    event_title_ru: row.get(6)?,
                })
            })?
            .collect::<std::result::Result<Vec<_>, _>>()
        })
        .context("listing the period's proposals")?;
    let mut photo_page: Vec<ReportPhoto> = conn
        .prepare_cached(&format!(
            "SELECT r.id, r.caption, r.credit, e.id, e.starts_at, e.title_kk, e.title_ru
             FROM event_photo r JOIN event e ON e.id = r.event_id
             WHERE r.deleted_at IS NULL AND r.chosen = 1 AND e.status = 'held'
               AND {EVENTS_IN_SCOPE}
             ORDER BY e.starts_at, e.id, r.id"
        ))
        .and_then(|mut stmt| {
            stmt.query_map(p, |row| {
                Ok(ReportPhoto {
                    photo_id: row.get(0)?,
                    caption: row.get(1)?,
                    credit: row.get(2)?,
                    event_id: row.get(3)?,
                    starts_at: row.get(4)?,
                    event_title_kk: row.get(5)?,
                    event_title_ru: row.get(6)?,
                })
            })?
            .collect::<std::result::Result<Vec<_>, _>>()
        })
        .context("listing the period's photos")?;
    let mut shown: std::collections::HashMap<i64, usize> = std::collections::HashMap::new();
    photo_page.retain(|photo| {
        let n = shown.entry(photo.event_id).or_default();
        *n += 1;
        *n <= PHOTOS_PER_EVENT
    });
    Ok(EventRecords {
        handovers,
        initiatives,
        proposals,
        photo_page,
    })
}

#[cfg(test)]
mod tests {
    use super::super::{ReportQuery, compute_report, pdf, photo_page::PhotoPage, xlsx};
    use super::*;
    use crate::events::{self, EventInput};
    use crate::initiatives::{self, InitiativeInput};
    use crate::kinds::{EventKind, EventStatus};
    use crate::people::{self, PersonInput};
    use crate::photos::{self, PhotoInput, samples};
    use crate::proposals::{self, ProposalInput};
    use crate::{Lang, Store, id_handovers};

    fn event(store: &Store, day: &str, status: EventStatus) -> i64 {
        events::insert_event(
            store.conn(),
            &EventInput {
                kind: EventKind::CouncilMeeting,
                campaign_id: None,
                title_kk: format!("Кеңес {day}"),
                title_ru: format!("Совет {day}"),
                starts_at: format!("{day}T10:00"),
                ends_at: format!("{day}T12:00"),
                place_kk: String::new(),
                place_ru: String::new(),
                district_kk: String::new(),
                district_ru: String::new(),
                status,
                confirm_future: Some(true),
                headcount: None,
                outcomes: String::new(),
                proposals_count: 0,
            },
        )
        .unwrap()
    }

    fn handover(store: &Store, event: i64, person: i64, kind: IdKind, number: &str) -> i64 {
        id_handovers::insert_handover(
            store.conn(),
            event,
            &id_handovers::IdHandoverInput {
                person_id: person,
                kind,
                kind_other: if kind == IdKind::Other {
                    "Жас инспектор".into()
                } else {
                    String::new()
                },
                number: number.into(),
                issuer: "ПБ".into(),
                handed_on: None,
            },
        )
        .unwrap()
    }

    fn photo(store: &Store, event: i64, chosen: bool) -> i64 {
        photos::insert_photo(
            store.conn(),
            event,
            &samples::png(40, 30, [10, 120, 200]),
            &PhotoInput {
                caption: "Сурет".into(),
                credit: "Д. Омаров".into(),
                chosen,
            },
        )
        .unwrap()
    }

    /// November 2026: a held council (3 police IDs, one more deleted, one
    /// other ID; 3 photos chosen, 1 not, 1 deleted; 2 initiatives, 2
    /// proposals), a held tour (1 chosen photo), a planned event (1 police
    /// ID, 1 chosen photo: counted, but not on the photo page), a deleted
    /// event (1 ID, 1 photo: nothing counts). October: 1 police ID.
    #[test]
    fn the_records_are_counted_by_hand() {
        let store = Store::open_in_memory().unwrap();
        let person = people::insert_person(
            store.conn(),
            &PersonInput {
                surname: "Сейітов".into(),
                name: "Ерлан".into(),
                ..PersonInput::default()
            },
        )
        .unwrap();
        let council = event(&store, "2026-11-08", EventStatus::Held);
        let tour = event(&store, "2026-11-20", EventStatus::Held);
        let planned = event(&store, "2026-11-28", EventStatus::Planned);
        let deleted = event(&store, "2026-11-10", EventStatus::Held);
        let october = event(&store, "2026-10-15", EventStatus::Held);
        for n in ["0457", "0458", "0459"] {
            handover(&store, council, person, IdKind::PoliceAssistant, n);
        }
        let gone = handover(&store, council, person, IdKind::PoliceAssistant, "0460");
        id_handovers::delete_handover(store.conn(), gone).unwrap();
        handover(&store, council, person, IdKind::Other, "17");
        handover(&store, planned, person, IdKind::PoliceAssistant, "0461");
        handover(&store, deleted, person, IdKind::PoliceAssistant, "0462");
        handover(&store, october, person, IdKind::PoliceAssistant, "0401");
        for chosen in [true, true, true, false] {
            photo(&store, council, chosen);
        }
        let gone = photo(&store, council, true);
        photos::delete_photo(store.conn(), gone).unwrap();
        photo(&store, tour, true);
        photo(&store, planned, true);
        photo(&store, deleted, true);
        for name in ["Киберпол", "Заң Үйірмесі"] {
            initiatives::insert_initiative(
                store.conn(),
                council,
                &InitiativeInput {
                    name_kk: name.into(),
                    ..InitiativeInput::default()
                },
            )
            .unwrap();
        }
        for text in ["Жарық", "Камералар"] {
            proposals::insert_proposal(
                store.conn(),
                council,
                &ProposalInput {
                    text: text.into(),
                    addressee: String::new(),
                    status: ProposalStatus::Drafted,
                },
            )
            .unwrap();
        }
        events::delete_event(store.conn(), deleted).unwrap();

        let r = compute_report(store.conn(), &ReportQuery::month("2026-11").unwrap()).unwrap();
        let c = &r.current;
        assert_eq!(c.police_assistant_ids, 3 + 1);
        assert_eq!(c.id_handovers, 3 + 1 + 1);
        assert_eq!(c.photos, 4 + 1 + 1);
        assert_eq!(c.initiatives, 2);
        assert_eq!(c.proposal_records, 2);
        assert_eq!(r.previous.police_assistant_ids, 1);
        assert_eq!(r.previous.photos, 0);
        let json = serde_json::to_value(&r).unwrap();
        assert_eq!(json["current"]["policeAssistantIds"], 4);
        assert_eq!(json["current"]["photos"], 6);
        let numbers: Vec<&str> = r
            .records
            .handovers
            .iter()
            .map(|h| h.number.as_str())
            .collect();
        assert_eq!(numbers, ["0457", "0458", "0459", "17", "0461"]);
        // Two of the council's three chosen photos, the tour's one; not the planned event's.
        let page: Vec<i64> = r.records.photo_page.iter().map(|p| p.event_id).collect();
        assert_eq!(page, [council, council, tour]);
        assert_eq!(r.records.initiatives.len(), 2);
        assert_eq!(r.records.proposals.len(), 2);

        // The workbook lists them; the PDF counts them and shows the photo page.
        let bytes = xlsx::render_xlsx(&r, Lang::Ru).unwrap();
        let mut book: calamine::Xlsx<_> =
            calamine::Reader::new(std::io::Cursor::new(bytes)).unwrap();
        let sheet = calamine::Reader::worksheet_range(&mut book, "Удостоверения").unwrap();
        assert_eq!(sheet.height(), 1 + 5);
        assert_eq!(
            sheet.get((1, 2)),
            Some(&calamine::Data::String(
                "Общественный помощник полиции".into()
            ))
        );
        assert_eq!(
            sheet.get((1, 3)),
            Some(&calamine::Data::String("0457".into()))
        );
        let photos_page = PhotoPage::load(store.conn(), &r).unwrap();
        assert_eq!(photos_page.photos.len(), 3);
        let doc = pdf::document_with_photos(
            &r,
            &pdf::Letterhead::default(),
            &photos_page,
            super::super::ReportLang::Ru,
            "01.12.2026",
        )
        .layout()
        .unwrap();
        let text: String = doc
            .pages
            .iter()
            .flat_map(|p| p.text_runs().map(|t| t.3.to_owned()).collect::<Vec<_>>())
            .collect::<Vec<_>>()
            .join(" ");
        for needle in [
            "Фотографии мероприятий",
            "в т. ч. «Общественный помощник полиции»",
            "Фото: Д. Омаров",
        ] {
            assert!(text.contains(needle), "{needle} missing from the PDF");
        }
    }
}
