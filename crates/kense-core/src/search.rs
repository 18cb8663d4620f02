//! The global search of the sidebar: people, organisations, events, register
//! documents and campaigns for one typed text, each kind with its true count.
//!
//! Every kind is matched the way the people list is: the text is
//! [`fold`]ed (case, ё, Latin look-alikes; the Kazakh letters stay distinct)
//! and each of its words must begin a word of the record. People and
//! organisations go through their FTS5 indexes (`people::list_people`,
//! `organisations::list_organisations`); events and campaigns are few
//! (thousands at most) and are folded and matched here in one pass over
//! their living rows; documents are looked up by their register number
//! («АХ-2026/0042») or verification code («26-0042-K3QX») through the
//! `(year, number)` index.
//!
//! Exact matches come first: a person whose full name (or surname and name)
//! is the typed text, an organisation whose name is, an event whose title is
//! or begins with it. Deleted rows are never found.

use crate::campaigns::Campaign;
use crate::documents::register::{self, IssuedDocument};
use crate::documents::verify::{parse_code, parse_number};
use crate::error::SqlContext;
use crate::events::Event;
use crate::fold::{MAX_QUERY_TOKENS, cyrillic_look_alike, fold};
use crate::organisations::{self, Organisation, OrganisationFilter};
use crate::people::{self, PersonFilter, PersonSummary};
use crate::{Result, events};
use rusqlite::{Connection, params};
use serde::{Deserialize, Serialize};
use std::cmp::Reverse;
use std::collections::HashSet;
use ts_rs::TS;

/// How many results of each kind the search returns (the counts are true
/// counts whatever the limits).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SearchLimits {
    /// People.
    pub people: u32,
    /// Organisations.
    pub organisations: u32,
    /// Events.
    pub events: u32,
    /// Register documents.
    pub documents: u32,
    /// Campaigns.
    pub campaigns: u32,
}

impl Default for SearchLimits {
    /// What the sidebar shows: 8 people and 5 of everything else.
    fn default() -> Self {
        Self {
            people: 8,
            organisations: 5,
            events: 5,
            documents: 5,
            campaigns: 5,
        }
    }
}

/// A campaign found, with how far its events reach.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CampaignHit {
    /// The campaign.
    pub campaign: Campaign,
    /// Its living events.
    pub events_count: u32,
    /// The start (`YYYY-MM-DDTHH:MM`) of its latest living event.
    #[ts(optional = nullable)]
    pub last_event_at: Option<String>,
}

/// What the global search found, kind by kind: the first results (up to the
/// limits, best first) and how many there are in all.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SearchResults {
    /// People: exact name matches first, then in Kazakh alphabet order.
    pub people: Vec<PersonSummary>,
    /// How many people match.
    pub people_total: u32,
    /// Organisations: exact name matches first, then in alphabet order.
    pub organisations: Vec<Organisation>,
    /// How many organisations match.
    pub organisations_total: u32,
    /// Events: exact titles first, then newest first.
    pub events: Vec<Event>,
    /// How many events match.
    pub events_total: u32,
    /// Register documents with the typed number or verification code.
    pub documents: Vec<IssuedDocument>,
    /// How many documents match.
    pub documents_total: u32,
    /// Campaigns: exact names first, then in alphabet order.
    pub campaigns: Vec<CampaignHit>,
    /// How many campaigns match.
    pub campaigns_total: u32,
}

/// Searches everything for `query` (as typed). An empty or unsearchable
/// text finds nothing.
pub fn search_all(conn: &Connection, query: &str, limits: &SearchLimits) -> Result<SearchResults> {
    let words = Words::new(query);
    if words.is_empty() {
        return Ok(SearchResults {
            people: Vec::new(),
            people_total: 0,
            organisations: Vec::new(),
            organisations_total: 0,
            events: Vec::new(),
            events_total: 0,
            documents: Vec::new(),
            documents_total: 0,
            campaigns: Vec::new(),
            campaigns_total: 0,
        });
    }
    let (people, people_total) = search_people(conn, query, &words, limits.people)?;
    let (organisations, organisations_total) =
        search_organisations(conn, query, &words, limits.organisations)?;
    let (events, events_total) = search_events(conn, &words, limits.events)?;
    let (documents, documents_total) = search_documents(conn, query, limits.documents)?;
    let (campaigns, campaigns_total) = search_campaigns(conn, &words, limits.campaigns)?;
    Ok(SearchResults {
        people,
        people_total,
        organisations,
        organisations_total,
        events,
        events_total,
        documents,
        documents_total,
        campaigns,
        campaigns_total,
    })
}

/// The typed text, folded, and its words (at most [`MAX_QUERY_TOKENS`], as
/// the FTS queries keep).
struct Words {
    folded: String,
    words: Vec<String>,
}

impl Words {
    fn new(query: &str) -> Self {
        let words: Vec<String> = fold(query)
            .split(' ')
            .filter(|w| !w.is_empty())
            .take(MAX_QUERY_TOKENS)
            .map(str::to_owned)
            .collect();
        Self {
            folded: words.join(" "),
            words,
        }
    }

    fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// True when every word begins a word of `folded` (folded text), as an
    /// FTS5 prefix query matches.
    fn found_in(&self, folded: &str) -> bool {
        self.found_in_any(&[folded])
    }

    /// True when every word begins a word of one of `texts` (folded).
    fn found_in_any(&self, texts: &[&str]) -> bool {
        self.words.iter().all(|w| {
            texts
                .iter()
                .any(|text| text.split(' ').any(|word| word.starts_with(w.as_str())))
        })
    }

    /// How well a folded title or name answers: 0 when it is the typed text,
    /// 1 when it begins with it (whole words), 2 when it holds every word,
    /// `None` otherwise.
    fn rank(&self, folded: &str) -> Option<u8> {
        if folded == self.folded {
            Some(0)
        } else if folded
            .strip_prefix(self.folded.as_str())
            .is_some_and(|rest| rest.starts_with(' '))
        {
            Some(1)
        } else if self.found_in(folded) {
            Some(2)
        } else {
            None
        }
    }
}

fn total(n: u64) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Exact name matches (see [`people::exact_name_matches`]), then the FTS
/// search's alphabetical order without them.
fn search_people(
    conn: &Connection,
    query: &str,
    words: &Words,
    limit: u32,
) -> Result<(Vec<PersonSummary>, u32)> {
    let filter = PersonFilter {
        query: query.to_owned(),
        limit: Some(limit),
        ..PersonFilter::default()
    };
    let mut found = people::exact_name_matches(conn, &words.folded, limit)?;
    let exact: HashSet<i64> = found.iter().map(|p| p.id).collect();
    found.extend(
        people::list_people(conn, &filter)?
            .into_iter()
            .filter(|p| !exact.contains(&p.id)),
    );
    found.truncate(usize::try_from(limit).unwrap_or(usize::MAX));
    Ok((found, total(people::count_people(conn, &filter)?)))
}

fn search_organisations(
    conn: &Connection,
    query: &str,
    words: &Words,
    limit: u32,
) -> Result<(Vec<Organisation>, u32)> {
    let mut found = organisations::exact_name_matches(conn, &words.folded, limit)?;
    let exact: HashSet<i64> = found.iter().map(|o| o.id).collect();
    let filter = OrganisationFilter {
        query: query.to_owned(),
        limit: Some(limit),
        ..OrganisationFilter::default()
    };
    found.extend(
        organisations::list_organisations(conn, &filter)?
            .into_iter()
            .filter(|o| !exact.contains(&o.id)),
    );
    found.truncate(usize::try_from(limit).unwrap_or(usize::MAX));
    Ok((
        found,
        total(organisations::count_organisations(conn, &filter)?),
    ))
}

/// Living events whose titles (Kazakh or Russian) and place hold every word:
/// by how well a title answers (a match in the place alone last), then
/// newest first.
fn search_events(conn: &Connection, words: &Words, limit: u32) -> Result<(Vec<Event>, u32)> {
    let mut hits: Vec<(u8, String, i64)> = Vec::new();
    let mut stmt = conn
        .prepare_cached(
            "SELECT id, title_kk, title_ru, place_kk || ' ' || place_ru, starts_at FROM event
             WHERE deleted_at IS NULL",
        )
        .context("searching events")?;
    let mut rows = stmt.query([]).context("searching events")?;
    while let Some(row) = rows.next().context("searching events")? {
        let title_kk = fold(
            row.get_ref(1)
                .context("searching events")?
                .as_str()
                .unwrap_or(""),
        );
        let title_ru = fold(
            row.get_ref(2)
                .context("searching events")?
                .as_str()
                .unwrap_or(""),
        );
        let by_title = [words.rank(&title_kk), words.rank(&title_ru)]
            .into_iter()
            .flatten()
            .min();
        let rank = match by_title {
            Some(rank) => rank,
            None => {
                let place = fold(
                    row.get_ref(3)
                        .context("searching events")?
                        .as_str()
                        .unwrap_or(""),
                );
                if !words.found_in_any(&[&title_kk, &title_ru, &place]) {
                    continue;
                }
                3
            }
        };
        hits.push((
            rank,
            row.get(4).context("searching events")?,
            row.get(0).context("searching events")?,
        ));
    }
    hits.sort_by(|a, b| (a.0, Reverse(&a.1), a.2).cmp(&(b.0, Reverse(&b.1), b.2)));
    let found = hits
        .iter()
        .take(usize::try_from(limit).unwrap_or(usize::MAX))
        .map(|(_, _, id)| events::get_event(conn, *id))
        .collect::<Result<Vec<_>>>()?;
    Ok((found, count(hits.len())))
}

/// A register series compared the way it may be typed: folded, with Latin
/// look-alikes (`AX` for `АХ`) as Cyrillic.
fn series_key(series: &str) -> String {
    fold(series).chars().map(cyrillic_look_alike).collect()
}

/// Documents with the register number or the verification code typed (both
/// any case; the number's zeros may be left out), newest first. Documents
/// are never deleted: spoiled and revoked ones are found too, with their
/// status.
fn search_documents(
    conn: &Connection,
    query: &str,
    limit: u32,
) -> Result<(Vec<IssuedDocument>, u32)> {
    let mut ids: Vec<i64> = Vec::new();
    if let Some((series, year, number)) = parse_number(query) {
        let wanted = series_key(&series);
        let mut stmt = conn
            .prepare_cached(
                "SELECT id, series FROM issued_document WHERE year = ?1 AND number = ?2",
            )
            .context("searching the register")?;
        let rows = stmt
            .query_map(params![year, number], |row| {
                Ok((row.get::<_, i64>(0)?, row.get::<_, String>(1)?))
            })
            .context("searching the register")?;
        for row in rows {
            let (id, series) = row.context("searching the register")?;
            if series_key(&series) == wanted {
                ids.push(id);
            }
        }
    }
    if let Some(code) = parse_code(query) {
        // The code carries the year within the century: one index lookup
        // per century the register's years allow.
        let mut stmt = conn
            .prepare_cached(
                "SELECT id, check_code FROM issued_document
                 WHERE number = ?1 AND year IN (2000 + ?2, 2100 + ?2, 2200 + ?2, 2300 + ?2,
                     2400 + ?2, 2500 + ?2, 2600 + ?2, 2700 + ?2, 2800 + ?2, 2900 + ?2)",
            )
            .context("searching the register")?;
        let rows = stmt
            .query_map(params![code.number, code.year2], |row| {
                Ok((row.get::<_, i64>(0)?, row.get::<_, String>(1)?))
            })
            .context("searching the register")?;
        for row in rows {
            let (id, stored) = row.context("searching the register")?;
            if parse_code(&stored).as_ref() == Some(&code) && !ids.contains(&id) {
                ids.push(id);
            }
        }
    }
    ids.sort_unstable_by(|a, b| b.cmp(a));
    let found = ids
        .iter()
        .take(usize::try_from(limit).unwrap_or(usize::MAX))
        .map(|id| register::get_document(conn, *id))
        .collect::<Result<Vec<_>>>()?;
    Ok((found, count(ids.len())))
}

/// Living campaigns whose name (either language) holds every word: exact
/// names first, then in alphabet order of the Russian name (as the list).
fn search_campaigns(
    conn: &Connection,
    words: &Words,
    limit: u32,
) -> Result<(Vec<CampaignHit>, u32)> {
    let mut hits: Vec<(u8, Campaign)> = Vec::new();
    for campaign in crate::campaigns::list_campaigns(conn)? {
        let rank = [
            words.rank(&fold(&campaign.name_kk)),
            words.rank(&fold(&campaign.name_ru)),
        ]
        .into_iter()
        .flatten()
        .min();
        if let Some(rank) = rank {
            hits.push((rank, campaign));
        }
    }
    // Stable: the list's order stays within a rank.
    hits.sort_by_key(|(rank, _)| *rank);
    let mut stmt = conn
        .prepare_cached(
            "SELECT count(*), max(starts_at) FROM event
             WHERE campaign_id = ?1 AND deleted_at IS NULL",
        )
        .context("counting a campaign's events")?;
    let total = count(hits.len());
    let found = hits
        .into_iter()
        .take(usize::try_from(limit).unwrap_or(usize::MAX))
        .map(|(_, campaign)| {
            let (events_count, last_event_at) = stmt
                .query_row([campaign.id], |row| {
                    Ok((row.get::<_, i64>(0)?, row.get::<_, Option<String>>(1)?))
                })
                .context("counting a campaign's events")?;
            Ok(CampaignHit {
                campaign,
                events_count: u32::try_from(events_count).unwrap_or(0),
                last_event_at,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    Ok((found, total))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Store;
    use crate::campaigns::{CampaignInput, insert_campaign};
    use crate::documents::register::{NewDocument, insert_document};
    use crate::events::{EventInput, insert_event};
    use crate::kinds::{DocKind, DocLang, EventKind, EventStatus};
    use crate::people::{PersonInput, insert_person};

    fn event(title_kk: &str, title_ru: &str, day: &str, campaign_id: Option<i64>) -> EventInput {
        EventInput {
            kind: EventKind::Lecture,
            campaign_id,
            title_kk: title_kk.into(),
            title_ru: title_ru.into(),
            starts_at: format!("{day}T10:00"),
            ends_at: format!("{day}T11:00"),
            place_kk: "№5 мектеп-гимназия".into(),
            place_ru: "школа-гимназия №5".into(),
            district_kk: String::new(),
            district_ru: String::new(),
            status: EventStatus::Planned,
            confirm_future: None,
            headcount: None,
            outcomes: String::new(),
            proposals_count: 0,
        }
    }

    fn person(c: &Connection, surname: &str, name: &str, patronymic: &str) -> i64 {
        insert_person(
            c,
            &PersonInput {
                surname: surname.into(),
                name: name.into(),
                patronymic: patronymic.into(),
                ..PersonInput::default()
            },
        )
        .unwrap()
    }

    fn document(c: &Connection, series: &str, year: i32, recipient: &str) -> (i64, String, String) {
        let (id, _, number, code) = insert_document(
            c,
            &NewDocument {
                series: series.into(),
                year,
                kind: DocKind::Gratitude,
                lang: DocLang::Kk,
                person_id: None,
                recipient: recipient.into(),
                organisation: String::new(),
                event_id: None,
                template_id: None,
                issued_on: format!("{year}-03-14"),
                batch: String::new(),
                replaces_id: None,
            },
            "secret",
            |_, _| Ok("{}".into()),
        )
        .unwrap();
        (id, number, code)
    }

    fn search(c: &Connection, query: &str) -> SearchResults {
        search_all(c, query, &SearchLimits::default()).unwrap()
    }

    fn event_ids(r: &SearchResults) -> Vec<i64> {
        r.events.iter().map(|e| e.id).collect()
    }

    #[test]
    fn events_are_found_by_a_word_of_either_title_or_the_place() {
        let store = Store::open_in_memory().unwrap();
        let c = store.conn();
        let older = insert_event(
            c,
            &event(
                "«Құқықтық тәртіп әліппесі» дәрісі",
                "Лекция «Азбука правопорядка»",
                "2026-03-01",
                None,
            ),
        )
        .unwrap();
        let newer = insert_event(
            c,
            &event(
                "Құқықтық тәртіп әліппесі: мектепте",
                "Азбука правопорядка в школе",
                "2026-04-01",
                None,
            ),
        )
        .unwrap();
        let other = insert_event(
            c,
            &event("Дөңгелек үстел", "Круглый стол", "2026-05-01", None),
        )
        .unwrap();

        // Kazakh and Russian words, any case; newest first.
        assert_eq!(event_ids(&search(c, "әліппесі")), [newer, older]);
        assert_eq!(event_ids(&search(c, "ӘЛІППЕ")), [newer, older]);
        assert_eq!(event_ids(&search(c, "азбука")), [newer, older]);
        assert_eq!(search(c, "азбука").events_total, 2);
        // Kazakh letters stay distinct: «алиппе» is not «әліппе».
        assert!(search(c, "алиппе").events.is_empty());
        // The place: every event is at the gymnasium.
        assert_eq!(search(c, "гимназия").events_total, 3);
        // A whole title first, before newer events that only hold its words.
        assert_eq!(event_ids(&search(c, "круглый стол")), [other]);
        assert_eq!(
            event_ids(&search(c, "лекция «Азбука правопорядка»")),
            [older]
        );
        let exact =
            insert_event(c, &event("Тәртіп әліппесі", "Азбука", "2026-01-01", None)).unwrap();
        assert_eq!(event_ids(&search(c, "азбука")), [exact, newer, older]);

        // Deleted events never show.
        crate::events::delete_event(c, newer).unwrap();
        assert_eq!(event_ids(&search(c, "азбука")), [exact, older]);
        assert_eq!(search(c, "азбука").events_total, 2);
    }

    #[test]
    fn an_exact_name_comes_before_names_that_only_hold_its_words() {
        let store = Store::open_in_memory().unwrap();
        let c = store.conn();
        // In alphabet order these two come first.
        let a = person(c, "Әбенов", "Әлденей", "Әлібекұлы");
        let b = person(c, "Әлденей", "Әлібекжан", "Серікұлы");
        let exact = person(c, "Әлденей", "Әлібек", "Нұрланұлы");
        let whole = person(c, "Әлденей", "Әлібек", "");
        let r = search(c, "әлденей әлібек");
        let ids: Vec<i64> = r.people.iter().map(|p| p.id).collect();
        assert_eq!(ids, [whole, exact, a, b]);
        assert_eq!(r.people_total, 4);
        // Upper case and a Latin i typed for і.
        let ids: Vec<i64> = search(c, "ӘЛДЕНЕЙ Әлiбек")
            .people
            .iter()
            .map(|p| p.id)
            .collect();
        assert_eq!(ids, [whole, exact, a, b]);
        // The limit keeps the exact ones.
        let r = search_all(
            c,
            "әлденей әлібек",
            &SearchLimits {
                people: 1,
                ..SearchLimits::default()
            },
        )
        .unwrap();
        assert_eq!(r.people.len(), 1);
        assert_eq!(r.people[0].id, whole);
        assert_eq!(r.people_total, 4);
        // Deleted people never show, exact or not.
        crate::people::delete_person(c, whole).unwrap();
        crate::people::delete_person(c, a).unwrap();
        let r = search(c, "әлденей әлібек");
        let ids: Vec<i64> = r.people.iter().map(|p| p.id).collect();
        assert_eq!(ids, [exact, b]);
        assert_eq!(r.people_total, 2);
    }

    #[test]
    fn documents_are_found_by_number_and_by_check_code() {
        let store = Store::open_in_memory().unwrap();
        let c = store.conn();
        let (first, number, code) = document(c, "АХ", 2026, "Әлібеков Асқар");
        let (second, number2, _) = document(c, "АХ", 2026, "Оспанова Гүлжан");
        let (other_series, _, _) = document(c, "Д", 2026, "Иванов Сергей");
        assert_eq!(number, "АХ-2026/0001");

        let ids = |r: &SearchResults| r.documents.iter().map(|d| d.id).collect::<Vec<_>>();
        assert_eq!(ids(&search(c, &number)), [first]);
        assert_eq!(ids(&search(c, &number2)), [second]);
        // Lower case, zeros left out, a Latin look-alike series.
        assert_eq!(ids(&search(c, "ах-2026/1")), [first]);
        assert_eq!(ids(&search(c, "AX-2026/0001")), [first]);
        assert_eq!(ids(&search(c, "Д-2026/0001")), [other_series]);
        // The code, as printed and as typed.
        assert_eq!(ids(&search(c, &code)), [first]);
        assert_eq!(ids(&search(c, &code.to_lowercase())), [first]);
        let r = search(c, &code);
        assert_eq!(r.documents_total, 1);
        assert_eq!(r.documents[0].check_code, code);
        // A made-up check finds nothing; a name is not a document search.
        assert!(search(c, "26-0001-ZZZZ").documents.is_empty());
        assert!(search(c, "Әлібеков").documents.is_empty());
        assert!(search(c, "АХ-2025/0001").documents.is_empty());
    }

    #[test]
    fn campaigns_are_found_by_name_with_their_events() {
        let store = Store::open_in_memory().unwrap();
        let c = store.conn();
        let azbuka = insert_campaign(
            c,
            &CampaignInput {
                id: None,
                name_kk: "Құқықтық тәртіп әліппесі".into(),
                name_ru: "Азбука правопорядка".into(),
                description: String::new(),
            },
        )
        .unwrap();
        let gone = insert_campaign(
            c,
            &CampaignInput {
                id: None,
                name_kk: "Әліппе".into(),
                name_ru: "Азбука".into(),
                description: String::new(),
            },
        )
        .unwrap();
        c.execute(
            "UPDATE campaign SET deleted_at = '2026-01-01T00:00:00Z' WHERE id = ?1",
            [gone],
        )
        .unwrap();
        insert_event(c, &event("Дәріс", "Лекция", "2026-03-01", Some(azbuka))).unwrap();
        let last = insert_event(c, &event("Дәріс", "Лекция", "2026-05-01", Some(azbuka))).unwrap();
        crate::events::delete_event(c, last).unwrap();

        for query in ["азбука", "ӘЛІППЕСІ", "тәртіп"] {
            let r = search(c, query);
            assert_eq!(r.campaigns_total, 1, "{query}");
            let hit = &r.campaigns[0];
            assert_eq!(hit.campaign.id, azbuka);
            assert_eq!(hit.events_count, 1);
            assert_eq!(hit.last_event_at.as_deref(), Some("2026-03-01T10:00"));
        }
        assert!(search(c, "правосудие").campaigns.is_empty());
    }

    #[test]
    fn organisations_with_the_exact_name_come_first_and_counts_are_true() {
        let store = Store::open_in_memory().unwrap();
        let c = store.conn();
        let add = |kk: &str, ru: &str| {
            crate::organisations::insert_organisation(
                c,
                &crate::organisations::OrganisationInput {
                    name_kk: kk.into(),
                    name_ru: ru.into(),
                    ..Default::default()
                },
            )
            .unwrap()
        };
        let long = add("Әкімдік ғимараты", "Акимат, здание");
        let exact = add("Әкімдік", "Акимат");
        let r = search(c, "әкімдік");
        let ids: Vec<i64> = r.organisations.iter().map(|o| o.id).collect();
        assert_eq!(ids, [exact, long]);
        assert_eq!(r.organisations_total, 2);
        crate::organisations::delete_organisation(c, exact).unwrap();
        let r = search(c, "акимат");
        assert_eq!(r.organisations_total, 1);
        assert_eq!(r.organisations[0].id, long);
    }

    #[test]
    fn nothing_searchable_finds_nothing() {
        let store = Store::open_in_memory().unwrap();
        let c = store.conn();
        person(c, "Иванов", "Иван", "");
        for query in ["", "   ", "«»", "😀"] {
            let r = search(c, query);
            assert!(r.people.is_empty() && r.people_total == 0, "{query:?}");
        }
    }

    #[test]
    fn the_document_lookups_read_the_year_number_index() {
        let store = Store::open_in_memory().unwrap();
        let plan = |sql: &str| -> String {
            let mut stmt = store
                .conn()
                .prepare(&format!("EXPLAIN QUERY PLAN {sql}"))
                .unwrap();
            let rows = stmt.query_map([], |row| row.get::<_, String>(3)).unwrap();
            rows.map(Result::unwrap).collect::<Vec<_>>().join("; ")
        };
        let by_number =
            plan("SELECT id, series FROM issued_document WHERE year = 2026 AND number = 42");
        assert!(
            by_number.contains("issued_document_year_number"),
            "{by_number}"
        );
        let by_code = plan(
            "SELECT id, check_code FROM issued_document
             WHERE number = 42 AND year IN (2000 + 26, 2100 + 26, 2200 + 26)",
        );
        assert!(by_code.contains("issued_document_year_number"), "{by_code}");
    }

    /// `cargo test -p kense-core --release -- --ignored search_on_a_large` prints
    /// the timings on a generated 100,000-person registry.
    #[test]
    #[ignore = "generates 100,000 people; run by hand"]
    fn search_on_a_large_registry_takes_milliseconds() {
        let mut store = Store::open_in_memory().unwrap();
        let size = crate::demo::DemoSize {
            people: 100_000,
            months: 24,
        };
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 1).unwrap();
        crate::demo::generate_registry(&mut store, size, today).unwrap();
        let c = store.conn();
        let events: i64 = c
            .query_row("SELECT count(*) FROM event", [], |r| r.get(0))
            .unwrap();
        println!("{events} events");
        for query in [
            "а",
            "әлібек",
            "әліппесі",
            "азбука",
            "Әлденей Әлібек",
            "АХ-2026/0042",
            "26-0042-K3QX",
        ] {
            let started = std::time::Instant::now();
            let r = search(c, query);
            println!(
                "{query:>16}: {:>5.1} ms, {} people, {} events",
                started.elapsed().as_secs_f64() * 1000.0,
                r.people_total,
                r.events_total
            );
        }
        for query in ["а", "әлібек", "Әлденей Әлібек"] {
            let words = Words::new(query);
            let started = std::time::Instant::now();
            search_people(c, query, &words, 8).unwrap();
            let people = started.elapsed().as_secs_f64() * 1000.0;
            let started = std::time::Instant::now();
            search_organisations(c, query, &words, 5).unwrap();
            let organisations = started.elapsed().as_secs_f64() * 1000.0;
            let started = std::time::Instant::now();
            search_events(c, &words, 5).unwrap();
            let events = started.elapsed().as_secs_f64() * 1000.0;
            println!(
                "{query:>16}: people {people:.1} ms, organisations {organisations:.1} ms, events {events:.1} ms"
            );
        }
    }
}
