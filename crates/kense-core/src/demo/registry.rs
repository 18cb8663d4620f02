//! The demo registry: organisations, people, and months of events with
//! attendance, headcounts, media coverage and memoranda. Deterministic: the
//! same size and date give the same office.

use super::names::*;
use crate::attendance;
use crate::changelog::{self, Action, Bulk};
use crate::error::SqlContext;
use crate::kinds::{EventKind, EventStatus, Gender, OrgKind, Role};
use crate::media::{self, MediaInput};
use crate::memoranda::{self, MemorandumInput};
use crate::organisations::{self, OrganisationInput};
use crate::people::{self, PersonInput};
use crate::planning::{self, stops::StopInput};
use crate::{Result, Store, campaigns, categories, events};
use chrono::{Datelike, Duration, Months, NaiveDate};
use serde::Serialize;
use std::collections::HashSet;

/// How big a demo office to make.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DemoSize {
    /// People in the registry.
    pub people: usize,
    /// Months of events, ending with the current month.
    pub months: u32,
}

impl Default for DemoSize {
    fn default() -> Self {
        Self {
            people: 300,
            months: 3,
        }
    }
}

/// What [`generate_registry`] made.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct DemoSummary {
    /// Organisations added.
    pub organisations: usize,
    /// People added.
    pub people: usize,
    /// Events added.
    pub events: usize,
    /// Attendance rows added.
    pub attendance: usize,
    /// Media items added.
    pub media: usize,
}

/// A small deterministic generator (xorshift64*), so the demo is the same
/// on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n` (n > 0).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

/// Adds a demo registry to the store in one transaction.
pub fn generate_registry(
    store: &mut Store,
    size: DemoSize,
    today: NaiveDate,
) -> Result<DemoSummary> {
    store.with_tx(|tx| {
        let mut rng = Rng(0x4B45_4E53_0000_0001);
        let mut summary = DemoSummary::default();
        let people_before = changelog::last_id(tx, Bulk::Person)?;
        let organisations_before = changelog::last_id(tx, Bulk::Organisation)?;

        // Organisations: every district's bodies, then the region's.
        let mut orgs: Vec<(i64, OrgKind, &str)> = Vec::new();
        let wanted_orgs =
            (size.people / 50).max(DISTRICTS.len() * DISTRICT_ORGS.len() + REGION_ORGS.len());
        let mut round = 0;
        while orgs.len() < wanted_orgs {
            for (district_kk, district_ru) in DISTRICTS {
                for (kk, ru, kind) in DISTRICT_ORGS {
                    if orgs.len() >= wanted_orgs {
                        break;
                    }
                    let suffix = if round == 0 {
                        String::new()
                    } else {
                        format!(" ({})", round + 1)
                    };
                    let kind: OrgKind = kind.parse().unwrap_or(OrgKind::Other);
                    let id = organisations::insert_with_action(
                        tx,
                        &OrganisationInput {
                            name_kk: format!("{}{suffix}", kk.replace("{d}", district_kk)),
                            name_ru: format!("{}{suffix}", ru.replace("{d}", district_ru)),
                            kind: Some(kind),
                            district: (*district_kk).to_owned(),
                            address: format!("{district_kk}, Абай көшесі, {}", rng.below(120) + 1),
                            phone: format!("+7 7272 {:06}", rng.below(1_000_000)),
                            ..OrganisationInput::default()
                        },
                        Action::Import,
                    )?;
                    orgs.push((id, kind, district_kk));
                }
            }
            if round == 0 {
                for (kk, ru, kind) in REGION_ORGS {
                    let kind: OrgKind = kind.parse().unwrap_or(OrgKind::Other);
                    let id = organisations::insert_with_action(
                        tx,
                        &OrganisationInput {
                            name_kk: (*kk).to_owned(),
                            name_ru: (*ru).to_owned(),
                            kind: Some(kind),
                            district: DISTRICTS[0].0.to_owned(),
                            ..OrganisationInput::default()
                        },
                        Action::Import,
                    )?;
                    orgs.push((id, kind, DISTRICTS[0].0));
                }
            }
            round += 1;
        }
        summary.organisations = orgs.len();

        // People.
        let category_ids: Vec<(Option<String>, i64)> = categories::list_categories(tx)?
            .into_iter()
            .map(|c| (c.code, c.id))
            .collect();
        let category = |code: &str| {
            category_ids
                .iter()
                .find(|(c, _)| c.as_deref() == Some(code))
                .map(|(_, id)| *id)
        };
        let mut person_ids = Vec::with_capacity(size.people);
        for n in 0..size.people {
            let female = rng.chance(50);
            let kazakh = rng.chance(72);
            let (surname, name, patronymic) = if kazakh {
                let (m, f) = rng.pick(KK_SURNAMES);
                let name = if female {
                    rng.pick(KK_FEMALE)
                } else {
                    rng.pick(KK_MALE)
                };
                let father = rng.pick(KK_MALE);
                let patronymic = if female {
                    format!("{father}қызы")
                } else {
                    format!("{father}ұлы")
                };
                (if female { *f } else { *m }, *name, patronymic)
            } else {
                let (m, f) = rng.pick(RU_SURNAMES);
                let name = if female {
                    rng.pick(RU_FEMALE)
                } else {
                    rng.pick(RU_MALE)
                };
                let (pm, pf) = rng.pick(RU_PATRONYMICS);
                (
                    if female { *f } else { *m },
                    *name,
                    (if female { *pf } else { *pm }).to_owned(),
                )
            };
            let (org_id, org_kind, _) = *rng.pick(&orgs);
            let position_index = match org_kind {
                OrgKind::StateBody if rng.chance(30) => 0,
                OrgKind::StateBody => 3,
                OrgKind::LawEnforcement => 8,
                OrgKind::Ngo => 7,
                OrgKind::Education if rng.chance(60) => 6,
                OrgKind::Education => 5,
                OrgKind::Media => 2,
                OrgKind::Business => 4,
                OrgKind::Other => 9,
            };
            // Positions in both languages: documents print the one of their page.
            let (position_kk, position_ru) = POSITIONS[position_index];
            let mut cats = Vec::new();
            // Teachers (5) have no category of their own: a school is not an NGO.
            let code = match position_index {
                0 => Some("deputy"),
                1 => Some("youth_leader"),
                2 => Some("journalist"),
                3 | 9 => Some("civil_servant"),
                4 => Some("entrepreneur"),
                5 => None,
                7 => Some("ngo"),
                6 => Some("student"),
                _ => Some("law_enforcement"),
            };
            cats.extend(code.and_then(&category));
            if rng.chance(15) {
                cats.extend(category(if rng.chance(50) {
                    "activist"
                } else {
                    "blogger"
                }));
            }
            if rng.chance(5) {
                cats.extend(category("police_assistant"));
            }
            let consent = rng.chance(85);
            let v = people::validate(
                tx,
                &PersonInput {
                    surname: surname.to_owned(),
                    name: name.to_owned(),
                    patronymic,
                    gender: Some(if female { Gender::Female } else { Gender::Male }),
                    organisation_id: Some(org_id),
                    position_kk: position_kk.to_owned(),
                    position_ru: position_ru.to_owned(),
                    phone: format!(
                        "+7 70{} {:07}",
                        rng.below(8),
                        (n * 7919 + rng.below(7919)) % 10_000_000
                    ),
                    email: String::new(),
                    category_ids: cats,
                    iin: String::new(),
                    consent,
                    consent_date: consent.then(|| {
                        (today - Duration::days(rng.below(700) as i64))
                            .format("%Y-%m-%d")
                            .to_string()
                    }),
                    notes: String::new(),
                },
            )?;
            person_ids.push(people::insert_clean(tx, &v, Action::Import)?);
        }
        summary.people = person_ids.len();
        changelog::log_new_rows(tx, Bulk::Organisation, organisations_before, Action::Import)?;
        changelog::log_new_rows(tx, Bulk::Person, people_before, Action::Import)?;

        // Events: the last `months` months up to the end of this one.
        let campaign_ids: Vec<i64> = campaigns::list_campaigns(tx)?
            .into_iter()
            .map(|c| c.id)
            .collect();
        let first_month = NaiveDate::from_ymd_opt(today.year(), today.month(), 1)
            .and_then(|d| d.checked_sub_months(Months::new(size.months.saturating_sub(1))))
            .unwrap_or(today);
        let per_month = 18 + size.people / 250;
        let max_attendees = (15 + size.people / 1000).min(person_ids.len().max(1));
        // One event per district, day and hour: no two identical events.
        let mut slots: HashSet<(NaiveDate, u32, &str)> = HashSet::new();
        for month in 0..size.months {
            let Some(start) = first_month.checked_add_months(Months::new(month)) else {
                continue;
            };
            let days_in_month = start
                .checked_add_months(Months::new(1))
                .map(|next| (next - start).num_days())
                .unwrap_or(30) as usize;
            for _ in 0..per_month {
                let day = start + Duration::days(rng.below(days_in_month) as i64);
                let (kind, title_kk, title_ru) = *rng.pick(EVENT_TITLES);
                let kind: EventKind = kind.parse().unwrap_or(EventKind::Lecture);
                let (district, _) = *rng.pick(DISTRICTS);
                let city = district.ends_with(" қ.");
                let first_hour = if rng.chance(50) { 10 } else { 15 };
                let Some(hour) = [first_hour, 25 - first_hour]
                    .into_iter()
                    .find(|h| slots.insert((day, *h, district)))
                else {
                    continue;
                };
                let status = if day < today {
                    if rng.chance(92) {
                        EventStatus::Held
                    } else {
                        EventStatus::Cancelled
                    }
                } else {
                    EventStatus::Planned
                };
                let mass = matches!(
                    kind,
                    EventKind::PreventionAction | EventKind::Exhibition | EventKind::Lecture
                );
                let event_id = events::insert_event(
                    tx,
                    &events::EventInput {
                        kind,
                        campaign_id: (!campaign_ids.is_empty()).then(|| *rng.pick(&campaign_ids)),
                        title_kk: title_kk.to_owned(),
                        title_ru: title_ru.to_owned(),
                        starts_at: format!("{}T{hour:02}:00", day.format("%Y-%m-%d")),
                        ends_at: format!("{}T{:02}:30", day.format("%Y-%m-%d"), hour + 2),
                        // The district is a field of its own (a programme
                        // prints «place, district»): the place does not
                        // repeat it.
                        place_kk: if mass {
                            "Мектептің акт залы"
                        } else if city {
                            "Қала әкімдігінің мәжіліс залы"
                        } else {
                            "Аудан әкімдігінің мәжіліс залы"
                        }
                        .to_owned(),
                        place_ru: if mass {
                            "Актовый зал школы"
                        } else if city {
                            "Зал заседаний городского акимата"
                        } else {
                            "Зал заседаний районного акимата"
                        }
                        .to_owned(),
                        district_kk: district.to_owned(),
                        district_ru: district_ru(district).to_owned(),
                        status,
                        // Held before `today`, which may be a simulated
                        // date later than the clock (a year's benchmark).
                        confirm_future: Some(status == EventStatus::Held),
                        headcount: (mass && status == EventStatus::Held)
                            .then(|| max_attendees as i64 + 50 + rng.below(350) as i64),
                        outcomes: String::new(),
                        proposals_count: if status == EventStatus::Held {
                            rng.below(6) as i64
                        } else {
                            0
                        },
                    },
                )?;
                summary.events += 1;
                if status == EventStatus::Cancelled {
                    continue;
                }
                let wanted = 5 + rng.below(max_attendees.saturating_sub(4).max(1));
                // Distinct people, in the order they were drawn.
                let mut seen = HashSet::with_capacity(wanted);
                let mut chosen = Vec::with_capacity(wanted);
                while chosen.len() < wanted.min(person_ids.len()) {
                    let id = *rng.pick(&person_ids);
                    if seen.insert(id) {
                        chosen.push(id);
                    }
                }
                let (speakers, rest) = chosen.split_at(chosen.len().min(2));
                let visit = matches!(kind, EventKind::OpenDoorVisit | EventKind::SiteTour);
                if visit {
                    let here: Vec<i64> = orgs
                        .iter()
                        .filter(|(_, _, d)| *d == district)
                        .map(|(id, _, _)| *id)
                        .collect();
                    add_demo_stops(tx, &mut rng, event_id, day, hour, &here)?;
                    planning::set_plan_details(
                        tx,
                        event_id,
                        &planning::PlanDetails {
                            meeting_point_kk: "Прокуратура ғимаратының алдында".to_owned(),
                            meeting_point_ru: "У здания прокуратуры".to_owned(),
                            transport_kk: "Қызметтік автобус".to_owned(),
                            transport_ru: "Служебный автобус".to_owned(),
                        },
                    )?;
                }
                summary.attendance +=
                    attendance::add_attendance(tx, event_id, speakers, Role::Speaker)?;
                if visit && status == EventStatus::Planned {
                    // A planned visit has a delegation: invited, some already confirmed.
                    summary.attendance +=
                        planning::delegation::invite_people(tx, event_id, rest, Role::Guest)?;
                    for row in planning::delegation::list_delegation(tx, event_id)? {
                        if rng.chance(60) {
                            planning::delegation::set_invitation(
                                tx,
                                row.id,
                                crate::kinds::Invitation::Confirmed,
                            )?;
                        }
                    }
                } else {
                    summary.attendance +=
                        attendance::add_attendance(tx, event_id, rest, Role::Participant)?;
                }
                if kind == EventKind::Contest && !rest.is_empty() {
                    let winners = &rest[..rest.len().min(3)];
                    summary.attendance +=
                        attendance::add_attendance(tx, event_id, winners, Role::Winner)?;
                    for (person, (kk, ru)) in winners.iter().zip(super::PLACES) {
                        attendance::set_nomination(tx, event_id, *person, kk, ru)?;
                    }
                }
                // Nobody is present at an event that has not happened: the
                // people of a planned event are invited. Those of a held one
                // came (also when `today` is simulated later than the clock).
                tx.execute(
                    "UPDATE attendance SET present = ?2 WHERE event_id = ?1",
                    rusqlite::params![event_id, status == EventStatus::Held],
                )
                .context("recording who came")?;
                if status == EventStatus::Held {
                    for _ in 0..rng.below(4) {
                        media::insert_media(
                            tx,
                            event_id,
                            &MediaInput {
                                outlet: (*rng.pick(OUTLETS)).to_owned(),
                                url: format!(
                                    "https://news.example.kz/{}/{event_id}",
                                    day.format("%Y/%m")
                                ),
                                published_on: Some(
                                    (day + Duration::days(rng.below(3) as i64))
                                        .format("%Y-%m-%d")
                                        .to_string(),
                                ),
                                views: Some(200 + rng.below(20_000) as i64),
                            },
                        )?;
                        summary.media += 1;
                    }
                    if matches!(kind, EventKind::CouncilMeeting | EventKind::Forum)
                        && rng.chance(50)
                    {
                        memoranda::insert_memorandum(
                            tx,
                            event_id,
                            &MemorandumInput {
                                parties_kk:
                                    "Алматы облысы прокуратурасы; «Жастар үні» қоғамдық бірлестігі"
                                        .to_owned(),
                                parties_ru: "Прокуратура Алматинской области; общественное \
                                             объединение «Голос молодёжи»"
                                    .to_owned(),
                                subject_kk: "Жастар арасында құқықтық сауаттылықты арттыру туралы"
                                    .to_owned(),
                                subject_ru: "О повышении правовой грамотности молодёжи".to_owned(),
                                signed_on: Some(day.format("%Y-%m-%d").to_string()),
                            },
                        )?;
                    }
                }
            }
        }
        Ok(summary)
    })
}

/// What the hosts of a demo visit show, by what the organisation is (a
/// word of its Kazakh name): (word, [(kk, ru); 2]). A factory shows its
/// shop floor, a polyclinic its registry.
const SHOWING: &[(&str, [(&str, &str); 2])] = &[
    (
        "әкімдігі",
        [
            (
                "Қабылдау бөлмесі, электрондық кезек",
                "Приёмная, электронная очередь",
            ),
            (
                "Азаматтарды қабылдау, өтініштерді қарау",
                "Приём граждан, рассмотрение обращений",
            ),
        ],
    ),
    (
        "мансап орталығы",
        [
            (
                "Бос жұмыс орындарының базасы, жастарға кеңес беру",
                "База вакансий, консультации для молодёжи",
            ),
            (
                "Тіркеу орны, халыққа қызмет көрсету",
                "Стойка регистрации, обслуживание населения",
            ),
        ],
    ),
    (
        "емханасы",
        [
            (
                "Тіркеу орны, электрондық кезек",
                "Регистратура, электронная очередь",
            ),
            (
                "Жасөспірімдер денсаулық орталығы",
                "Молодёжный центр здоровья",
            ),
        ],
    ),
    (
        "полиция бөлімі",
        [
            (
                "Кезекші бөлім, азаматтарды қабылдау",
                "Дежурная часть, приём граждан",
            ),
            ("Учаскелік полиция пункті", "Участковый пункт полиции"),
        ],
    ),
    (
        "мектеп",
        [
            (
                "Құқық кабинеті, мектеп инспекторының жұмысы",
                "Кабинет права, работа школьного инспектора",
            ),
            (
                "Мектеп парламентінің отырысы",
                "Заседание школьного парламента",
            ),
        ],
    ),
    (
        "колледж",
        [
            (
                "Оқу шеберханалары, еңбек қауіпсіздігі",
                "Учебные мастерские, охрана труда",
            ),
            (
                "Құқық кабинеті, студенттік өзін-өзі басқару",
                "Кабинет права, студенческое самоуправление",
            ),
        ],
    ),
    (
        "зауыт",
        [
            (
                "Өндірістік цех, еңбек қауіпсіздігі",
                "Производственный цех, охрана труда",
            ),
            ("Сапа бақылау зертханасы", "Лаборатория контроля качества"),
        ],
    ),
    (
        "қойма",
        [
            (
                "Қойма, тауар қабылдау тәртібі",
                "Склад, порядок приёмки товара",
            ),
            (
                "Логистика орталығы, жүк тасымалы",
                "Логистический центр, грузоперевозки",
            ),
        ],
    ),
];

/// What the host `name_kk` shows on a demo visit (`draw` picks one of two),
/// or a neutral tour for an organisation of another kind.
fn demo_showing(name_kk: &str, draw: usize) -> (&'static str, &'static str) {
    SHOWING
        .iter()
        .find(|(word, _)| name_kk.contains(word))
        .map_or(
            (
                "Ұйыммен және оның жұмысымен танысу",
                "Знакомство с организацией и её работой",
            ),
            |(_, shows)| shows[draw % shows.len()],
        )
}

/// A demo organisation's Kazakh name and its address («Іле ауданы, Абай
/// көшесі, 12») in Kazakh and Russian («Илийский район, ул. Абая, 12»;
/// empty without one).
fn demo_host(tx: &rusqlite::Connection, org: i64) -> Result<(String, String, String)> {
    let (name, address, district): (String, String, String) = tx
        .query_row(
            "SELECT name_kk, address, district FROM organisation WHERE id = ?1",
            [org],
            |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
        )
        .context("reading a demo organisation")?;
    let Some(number) = address.strip_prefix(&format!("{district}, Абай көшесі, ")) else {
        return Ok((name, address, String::new()));
    };
    let russian = format!("{}, ул. Абая, {number}", district_ru(&district));
    Ok((name, address, russian))
}

/// Three stops of a visit starting at `hour` on `day`, at organisations of
/// its district: 15 minutes after the start, 40–50 minutes each.
fn add_demo_stops(
    tx: &rusqlite::Connection,
    rng: &mut Rng,
    event_id: i64,
    day: NaiveDate,
    hour: u32,
    orgs: &[i64],
) -> Result<()> {
    let slots = [(15, 55), (65, 110), (120, 150)];
    let n = orgs.len().max(1);
    let mut visited: Vec<usize> = Vec::new();
    for (i, (from, to)) in slots.into_iter().enumerate() {
        // A visit goes to three different places while the district has
        // them (the next one along when the draw repeats a stop).
        let mut at_org = (i + rng.below(n)) % n;
        while visited.contains(&at_org) && visited.len() < n {
            at_org = (at_org + 1) % n;
        }
        visited.push(at_org);
        let Some(org) = orgs.get(at_org) else {
            return Ok(());
        };
        let at = |minutes: u32| {
            format!(
                "{}T{:02}:{:02}",
                day.format("%Y-%m-%d"),
                hour + minutes / 60,
                minutes % 60
            )
        };
        let (surname, _) = *rng.pick(KK_SURNAMES);
        // Drawn in the order they always were: the demo stays the same office.
        let host_name = format!("{surname} {}", rng.pick(KK_MALE));
        let host_phone = format!("+7701{:07}", rng.below(10_000_000));
        // One draw, as when the showing was picked from a list of five.
        let draw = rng.below(5);
        let (name, address_kk, address_ru) = demo_host(tx, *org)?;
        let (showing_kk, showing_ru) = demo_showing(&name, draw);
        planning::stops::insert_stop(
            tx,
            event_id,
            &StopInput {
                organisation_id: Some(*org),
                address_kk,
                address_ru,
                arrives_at: at(from),
                departs_at: at(to),
                host_name,
                host_phone,
                showing_kk: showing_kk.to_owned(),
                showing_ru: showing_ru.to_owned(),
                ..StopInput::default()
            },
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::events::EventFilter;
    use crate::people::PersonFilter;

    #[test]
    fn a_demo_visit_goes_to_three_places_and_each_shows_what_it_is() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 21).unwrap();
        let mut store = Store::open_in_memory().unwrap();
        super::super::seed_demo_office(&mut store).unwrap();
        generate_registry(&mut store, DemoSize::default(), today).unwrap();
        let conn = store.conn();
        let stops: Vec<(i64, i64, String, String)> = conn
            .prepare(
                "SELECT s.event_id, s.organisation_id, o.name_kk, s.showing_kk
                 FROM visit_stop s JOIN organisation o ON o.id = s.organisation_id",
            )
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        assert!(stops.len() >= 6, "{stops:?}");
        for (event, org, name, showing) in &stops {
            let factory_floor = showing.contains("цех") || showing.contains("зертхана");
            assert_eq!(factory_floor, name.contains("зауыт"), "{name}: {showing}");
            if name.contains("емхана") {
                assert!(!showing.contains("Қойма"), "{name}: {showing}");
            }
            let same = stops
                .iter()
                .filter(|(e, o, _, _)| e == event && o == org)
                .count();
            assert_eq!(same, 1, "a visit goes to {name} once");
        }
    }

    #[test]
    fn a_small_demo_office_is_alive_and_deterministic() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 21).unwrap();
        let mut store = Store::open_in_memory().unwrap();
        super::super::seed_demo_office(&mut store).unwrap();
        let summary = generate_registry(&mut store, DemoSize::default(), today).unwrap();
        assert_eq!(summary.people, 300);
        assert!(summary.organisations >= 40, "{summary:?}");
        assert!(summary.events >= 50, "{summary:?}");
        assert!(summary.attendance > summary.events * 4, "{summary:?}");
        assert!(summary.media > 0);

        let conn = store.conn();
        let events = events::list_events(conn, &EventFilter::default()).unwrap();
        assert!(events.iter().any(|e| e.status == EventStatus::Held));
        assert!(events.iter().any(|e| e.status == EventStatus::Planned));
        assert!(
            events
                .iter()
                .all(|e| e.status != EventStatus::Planned || e.starts_at.as_str() >= "2026-11-21")
        );
        let kazakh = people::list_people(
            conn,
            &PersonFilter {
                query: "ұлы".into(),
                ..Default::default()
            },
        )
        .unwrap();
        assert!(!kazakh.is_empty());

        // Nobody present at a planned event; no two events at one district,
        // day and hour; no teacher or schoolchild tagged as an NGO.
        let present_at_planned: i64 = conn
            .query_row(
                "SELECT count(*) FROM attendance a JOIN event e ON e.id = a.event_id
                 WHERE e.status = 'planned' AND a.present = 1",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(present_at_planned, 0);
        assert!(
            events
                .iter()
                .all(|e| !e.district_kk.is_empty() && !e.district_ru.is_empty()),
            "every district in both languages"
        );
        let mut slots = HashSet::new();
        for e in &events {
            assert!(
                slots.insert((e.starts_at.clone(), e.district_kk.clone())),
                "two events at {} in {}",
                e.starts_at,
                e.district_kk
            );
        }
        let ngo_at_schools: i64 = conn
            .query_row(
                "SELECT count(*) FROM person p JOIN organisation o ON o.id = p.organisation_id
                 JOIN person_category pc ON pc.person_id = p.id
                 JOIN category c ON c.id = pc.category_id
                 WHERE o.kind = 'education' AND c.code = 'ngo'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(ngo_at_schools, 0);

        let mut again = Store::open_in_memory().unwrap();
        super::super::seed_demo_office(&mut again).unwrap();
        let second = generate_registry(&mut again, DemoSize::default(), today).unwrap();
        assert_eq!(summary, second);
    }
}
