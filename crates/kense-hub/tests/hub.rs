//! The hub against a real PostgreSQL: `KENSE_HUB_TEST_URL` names a
//! superuser login on a throwaway cluster (scripts/test.sh starts one).
//! Without it every test here says SKIPPED and passes.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly on purpose

use kense_core::demo::{self, DemoSize};
use kense_core::report::{Figures, ReportQuery};
use kense_core::{Store, office};
use kense_hub::push::{self, Applied};
use kense_hub::{HubError, report, schema};
use postgres::Client;
use std::sync::Mutex;

/// Group roles are cluster-wide: one test creates them at a time.
static INIT: Mutex<()> = Mutex::new(());

fn admin_url() -> Option<String> {
    match std::env::var("KENSE_HUB_TEST_URL") {
        Ok(url) if !url.is_empty() => Some(url),
        _ => {
            eprintln!(
                "\n*** SKIPPED: KENSE_HUB_TEST_URL is not set, so the hub tests did not run. \
                 scripts/test.sh starts a PostgreSQL cluster and sets it. ***\n"
            );
            None
        }
    }
}

fn with_db(url: &str, db: &str) -> String {
    let (base, _) = url.rsplit_once('/').unwrap();
    format!("{base}/{db}")
}

fn with_user(url: &str, user: &str, password: &str) -> String {
    let (scheme, rest) = url.split_once("://").unwrap();
    let (_, host) = rest.split_once('@').unwrap();
    format!("{scheme}://{user}:{password}@{host}")
}

fn unique(prefix: &str) -> String {
    let n = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    format!(
        "{prefix}{:x}",
        (n ^ u128::from(std::process::id())) & 0xff_ffff
    )
}

/// A fresh database with the hub schema; returns its admin URL.
fn fresh_hub(admin: &str) -> String {
    let name = unique("kense_test_");
    let mut c = kense_hub::connect(admin).unwrap();
    c.batch_execute(&format!("CREATE DATABASE {name}")).unwrap();
    let url = with_db(admin, &name);
    let _guard = INIT.lock().unwrap_or_else(|e| e.into_inner());
    let outcome = schema::init(&mut kense_hub::connect(&url).unwrap()).unwrap();
    assert_eq!(outcome.to, kense_core::hub::latest_hub_schema_version());
    url
}

/// A demo office in a file database, with its code and a few register rows.
fn demo_office(dir: &std::path::Path, code: &str, people: usize) -> Store {
    let mut store = Store::open(&dir.join(format!("{code}.db"))).unwrap();
    demo::fill_demo_office(
        &mut store,
        DemoSize { people, months: 2 },
        chrono::NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(),
    )
    .unwrap();
    office::set_office_code(store.conn(), code).unwrap();
    // A few more register rows in November, numbered after the demo's own.
    let first: i64 = store
        .conn()
        .query_row(
            "SELECT COALESCE(MAX(number), 0) FROM issued_document WHERE series = 'АХ' AND year = 2026",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let docs = people / 30;
    for n in 1..=docs {
        store
            .conn()
            .execute(
                "INSERT INTO issued_document (uuid, series, year, number, kind, lang, recipient,
                     issued_on, check_code, content, status, created_at)
                 VALUES (?1, 'АХ', 2026, ?2, ?3, 'kk', 'Әлиев Ә.', '2026-11-05', 'x', '{}', ?4, '2026-11-05T10:00:00Z')",
                rusqlite::params![
                    uuid::Uuid::now_v7().to_string(),
                    first + n as i64,
                    if n % 2 == 0 { "diploma" } else { "gratitude" },
                    if n == 1 { "spoiled" } else { "issued" }
                ],
            )
            .unwrap();
    }
    store
}

/// Registers `code` with a login role (as the region does) and returns
/// the role's URL.
fn office_login(url: &str, store: &Store, code: &str) -> String {
    let id = office::get_office_identity(store.conn()).unwrap();
    let role = kense_core::hub::office_role_name(code);
    let password = unique("pw");
    let mut admin = kense_hub::connect(url).unwrap();
    let sql = kense_core::hub::office_role_sql(code, &id.office_id, "")
        .lines()
        .filter(|l| !l.starts_with('\\'))
        .collect::<Vec<_>>()
        .join("\n");
    admin.batch_execute(&sql).unwrap();
    admin
        .batch_execute(&format!("ALTER ROLE {role} PASSWORD '{password}'"))
        .unwrap();
    let db = url.rsplit_once('/').unwrap().1.to_owned();
    admin
        .batch_execute(&format!("GRANT CONNECT, TEMP ON DATABASE {db} TO {role}"))
        .unwrap();
    with_user(url, &role, &password)
}

fn push(store: &mut Store, url: &str) -> Result<Applied, HubError> {
    let mut client = kense_hub::connect(url)?;
    push::push(store, &mut client, &mut |_| Ok(()))
}

/// The office's own figures, less the records of an event the hub does not
/// carry (photos, initiatives, equipment): the hub's report counts none of
/// them. ID hand-overs and proposals it carries, and counts.
fn own(store: &Store, month: &str) -> Figures {
    let f = kense_core::report::compute_report(store.conn(), &ReportQuery::month(month).unwrap())
        .unwrap()
        .current;
    Figures {
        photos: 0,
        initiatives: 0,
        equipment_recipients: 0,
        ..f
    }
}

fn sum(a: &Figures, b: &Figures) -> Figures {
    Figures {
        from: a.from.clone(),
        to: a.to.clone(),
        events_total: a.events_total + b.events_total,
        events_held: a.events_held + b.events_held,
        events_planned: a.events_planned + b.events_planned,
        events_cancelled: a.events_cancelled + b.events_cancelled,
        people_reached: a.people_reached + b.people_reached,
        named_attendance: a.named_attendance + b.named_attendance,
        headcount: a.headcount + b.headcount,
        unique_people: a.unique_people + b.unique_people,
        documents_issued: a.documents_issued + b.documents_issued,
        gratitude_letters: a.gratitude_letters + b.gratitude_letters,
        diplomas: a.diplomas + b.diplomas,
        certificates: a.certificates + b.certificates,
        media_publications: a.media_publications + b.media_publications,
        media_views: a.media_views + b.media_views,
        memoranda: a.memoranda + b.memoranda,
        proposals: a.proposals + b.proposals,
        police_assistant_ids: a.police_assistant_ids + b.police_assistant_ids,
        id_handovers: a.id_handovers + b.id_handovers,
        photos: a.photos + b.photos,
        initiatives: a.initiatives + b.initiatives,
        proposal_records: a.proposal_records + b.proposal_records,
        equipment_recipients: a.equipment_recipients + b.equipment_recipients,
    }
}

/// Per category (name, people, attendances), per event (start, title,
/// participants), and the previous period's figures.
type PeopleDetail = (Vec<(String, i64, i64)>, Vec<(String, String, i64)>, Figures);

/// What a report says about people beyond its figures: per category
/// (by name) and per event (by start and title), and the previous period.
fn people_detail(r: &kense_core::report::Report) -> PeopleDetail {
    let mut categories: Vec<_> = r
        .by_category
        .iter()
        .map(|c| (c.name_ru.clone(), c.people, c.attendances))
        .collect();
    categories.sort();
    let mut events: Vec<_> = r
        .events
        .iter()
        .map(|e| (e.starts_at.clone(), e.title_ru.clone(), e.participants))
        .collect();
    events.sort();
    let previous = Figures {
        photos: 0,
        initiatives: 0,
        equipment_recipients: 0,
        ..r.previous.clone()
    };
    (categories, events, previous)
}

fn hub_figures(url: &str, month: &str, office: Option<&str>) -> report::HubReport {
    let mut client = kense_hub::connect(url).unwrap();
    report::hub_report(&mut client, &ReportQuery::month(month).unwrap(), office).unwrap()
}

#[test]
fn two_offices_one_direct_one_by_package_add_up_on_the_hub() {
    let Some(admin) = admin_url() else { return };
    let url = fresh_hub(&admin);
    let dir = tempfile::tempdir().unwrap();
    let a_code = unique("A").to_uppercase();
    let b_code = unique("B").to_uppercase();
    let mut a = demo_office(dir.path(), &a_code, 150);
    let mut b = demo_office(dir.path(), &b_code, 90);
    // In A, someone present at a held November event is deleted (no report
    // counts them), and someone else was there in a second role (counted
    // once).
    let (event, person, other): (i64, i64, i64) = a
        .conn()
        .query_row(
            "SELECT a.event_id, a.person_id,
                    (SELECT b.person_id FROM attendance b WHERE b.event_id = a.event_id
                       AND b.present = 1 AND b.person_id <> a.person_id LIMIT 1)
             FROM attendance a JOIN event e ON e.id = a.event_id
             WHERE a.present = 1 AND e.status = 'held' AND e.starts_at LIKE '2026-11-%'
             ORDER BY a.event_id LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    kense_core::people::delete_person(a.conn(), person).unwrap();
    a.conn()
        .execute(
            "INSERT INTO attendance (event_id, person_id, role, present, created_at)
             SELECT event_id, person_id, 'speaker', 1, created_at FROM attendance
             WHERE event_id = ?1 AND person_id = ?2 AND role <> 'speaker' LIMIT 1",
            [event, other],
        )
        .unwrap();

    // A winner's place in each office, in both languages.
    let nominate = |store: &Store, kk: &str, ru: &str| -> (String, String) {
        let (event, person, event_uuid, person_uuid): (i64, i64, String, String) = store
            .conn()
            .query_row(
                "SELECT a.event_id, a.person_id, e.uuid, p.uuid FROM attendance a
                 JOIN event e ON e.id = a.event_id JOIN person p ON p.id = a.person_id
                 WHERE p.deleted_at IS NULL ORDER BY a.id LIMIT 1",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )
            .unwrap();
        kense_core::attendance::set_nomination(store.conn(), event, person, kk, ru).unwrap();
        (event_uuid, person_uuid)
    };
    let a_winner = nominate(&a, "I орын", "I место");
    let b_winner = nominate(&b, "Сала көшбасшысы", "Лидер отрасли");

    // A pushes as its own role; B writes a package the region loads.
    let a_url = office_login(&url, &a, &a_code);
    let first = push(&mut a, &a_url).unwrap();
    assert!(first.full && first.rows_sent > 150 && first.rows_changed as usize == first.rows_sent);
    let package = dir.path().join("b.kpack");
    push::export_package(&mut b, &package, false).unwrap();
    let loaded = push::load_package(&mut kense_hub::connect(&url).unwrap(), &package).unwrap();
    assert!(loaded.rows_changed > 90);

    // The nominations arrived, by push and by package alike.
    let mut hub = kense_hub::connect(&url).unwrap();
    for ((event, person), expected) in [
        (&a_winner, ("I орын", "I место")),
        (&b_winner, ("Сала көшбасшысы", "Лидер отрасли")),
    ] {
        let rows = hub
            .query(
                "SELECT nomination_kk, nomination_ru FROM hub.attendance
                 WHERE event_uuid = ($1::text)::uuid AND person_uuid = ($2::text)::uuid",
                &[event, person],
            )
            .unwrap();
        assert!(!rows.is_empty());
        for row in rows {
            let got: (Option<String>, Option<String>) = (row.get(0), row.get(1));
            assert_eq!(
                got,
                (Some(expected.0.to_owned()), Some(expected.1.to_owned()))
            );
        }
    }

    // The merged total is the report of one database of both offices' rows
    // (the total as it was computed before the merge), field by field and
    // byte for byte: months, a running month, a longer span, a district.
    let mut client = kense_hub::connect(&url).unwrap();
    let district: String = a
        .conn()
        .query_row(
            "SELECT district_key FROM event WHERE district_key <> '' AND starts_at >= '2026-10'
             GROUP BY district_key ORDER BY count(*) DESC LIMIT 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
    for query in [
        ReportQuery::month("2026-11").unwrap(),
        ReportQuery::month("2026-10").unwrap(),
        ReportQuery::month("2026-11").unwrap().on(today),
        ReportQuery::dates("2026-01-01", "2026-12-31").unwrap(),
        ReportQuery {
            district: Some(district),
            ..ReportQuery::dates("2026-09-01", "2026-11-30").unwrap()
        },
    ] {
        for office in [None, Some(a_code.as_str())] {
            let (merged, reference) =
                report::reference::hub_report_and_reference_total(&mut client, &query, office)
                    .unwrap();
            assert_eq!(merged.total, reference, "{query:?} {office:?}");
            assert_eq!(
                serde_json::to_string(&merged.total).unwrap(),
                serde_json::to_string(&reference).unwrap(),
                "{query:?} {office:?}"
            );
            assert!(merged.total.current.events_total > 0, "{query:?}");
            // The report as the app and the CLI get it: the same figures.
            let direct = report::hub_report(&mut client, &query, office).unwrap();
            assert_eq!(direct.total.current, reference.current, "{query:?}");
            assert_eq!(direct.total.previous, reference.previous, "{query:?}");
            assert_eq!(direct.total.by_category, reference.by_category, "{query:?}");
        }
    }

    let mut records = 0;
    for month in ["2026-11", "2026-10"] {
        let hub = hub_figures(&url, month, None);
        let (fa, fb) = (own(&a, month), own(&b, month));
        assert!(fa.events_held > 0 && fb.events_held > 0 && fa.named_attendance > 0);
        assert!(
            fa.memoranda + fb.memoranda > 0 && fa.media_publications > 0,
            "{fa:?}"
        );
        assert_eq!(hub.total.current, sum(&fa, &fb), "{month}: total");
        records += hub.total.current.police_assistant_ids + hub.total.current.proposal_records;
        let by_code = |c: &str| {
            hub.offices
                .iter()
                .find(|o| o.code == c)
                .map(|o| o.report.current.clone())
                .unwrap()
        };
        assert_eq!(by_code(&a_code), fa, "{month}: office A");
        assert_eq!(by_code(&b_code), fb, "{month}: office B");
        // Per category, per event and the previous period too.
        let query = ReportQuery::month(month).unwrap();
        let local_a = kense_core::report::compute_report(a.conn(), &query).unwrap();
        let local_b = kense_core::report::compute_report(b.conn(), &query).unwrap();
        let detail = |c: &str| {
            let office = hub.offices.iter().find(|o| o.code == c).unwrap();
            people_detail(&office.report)
        };
        assert_eq!(
            detail(&a_code),
            people_detail(&local_a),
            "{month}: office A in detail"
        );
        assert_eq!(
            detail(&b_code),
            people_detail(&local_b),
            "{month}: office B in detail"
        );
        // The memoranda's parties and subject, in both languages (a Russian
        // consolidated report prints the Russian ones).
        let texts = |r: &kense_core::report::Report| {
            let mut t: Vec<_> = r
                .memoranda
                .iter()
                .map(|m| {
                    (
                        m.parties_kk.clone(),
                        m.parties_ru.clone(),
                        m.subject_kk.clone(),
                        m.subject_ru.clone(),
                    )
                })
                .collect();
            t.sort();
            t
        };
        let office_a = hub.offices.iter().find(|o| o.code == a_code).unwrap();
        assert_eq!(
            texts(&office_a.report),
            texts(&local_a),
            "{month}: memoranda"
        );
        assert!(
            texts(&local_a)
                .iter()
                .all(|m| !m.1.is_empty() && !m.3.is_empty()),
            "the demo's memoranda have Russian texts"
        );
        let (cat_a, _, prev_a) = people_detail(&local_a);
        let (cat_b, _, prev_b) = people_detail(&local_b);
        let (cat_total, events_total, prev_total) = people_detail(&hub.total);
        assert_eq!(prev_total, sum(&prev_a, &prev_b), "{month}: previous total");
        let summed: Vec<_> = cat_a
            .iter()
            .zip(&cat_b)
            .map(|(x, y)| {
                assert_eq!(x.0, y.0, "both offices have the demo's categories");
                (x.0.clone(), x.1 + y.1, x.2 + y.2)
            })
            .collect();
        assert_eq!(cat_total, summed, "{month}: categories in the total");
        assert!(cat_total.iter().any(|c| c.1 > 0), "{cat_total:?}");
        assert_eq!(
            events_total.iter().map(|e| e.2).sum::<i64>(),
            hub.total.current.named_attendance,
            "{month}: the total's events carry their participants"
        );
    }
    assert!(
        records > 0,
        "the demo's ID hand-overs and proposals reach the hub report"
    );
    let nov = own(&a, "2026-11");
    assert!(nov.documents_issued > 0, "the register counts: {nov:?}");
    let only_a = hub_figures(&url, "2026-11", Some(&a_code));
    assert_eq!(only_a.offices.len(), 1);
    assert_eq!(only_a.total.current, nov);

    // Sending again changes nothing.
    let before = hub_figures(&url, "2026-11", None).total;
    let again = push(&mut a, &a_url).unwrap();
    assert_eq!((again.rows_sent, again.rows_changed), (0, 0), "{again:?}");
    let twice = push::load_package(&mut kense_hub::connect(&url).unwrap(), &package).unwrap();
    assert!(twice.already_there);
    assert_eq!(
        hub_figures(&url, "2026-11", None).total.current,
        before.current
    );

    // A change reaches the hub with the next push: an attendance row ticked
    // absent (a write that does not touch updated_at).
    a.conn()
        .execute(
            "UPDATE attendance SET present = 0 WHERE id = (
                SELECT a.id FROM attendance a JOIN event e ON e.id = a.event_id
                WHERE e.status = 'held' AND a.present = 1 AND e.starts_at >= '2026-11-01'
                ORDER BY a.id LIMIT 1)",
            [],
        )
        .unwrap();
    let third = push(&mut a, &a_url).unwrap();
    assert_eq!((third.rows_sent, third.rows_changed), (1, 1));
    // So does a nomination changed afterwards.
    nominate(&a, "II орын", "II место");
    let fourth = push(&mut a, &a_url).unwrap();
    assert!(fourth.rows_sent >= 1 && fourth.rows_changed == fourth.rows_sent as u64);
    let now: String = hub
        .query_one(
            "SELECT nomination_ru FROM hub.attendance
             WHERE event_uuid = ($1::text)::uuid AND person_uuid = ($2::text)::uuid LIMIT 1",
            &[&a_winner.0, &a_winner.1],
        )
        .unwrap()
        .get(0);
    assert_eq!(now, "II место");
    let fa = own(&a, "2026-11");
    assert_eq!(
        hub_figures(&url, "2026-11", Some(&a_code)).total.current,
        fa
    );

    // A person present at a held event leaves their categories and joins
    // another: the next push moves them in the hub's count per category
    // (`hub.category_people`).
    let query = ReportQuery::month("2026-11").unwrap();
    let (person, category): (i64, i64) = a
        .conn()
        .query_row(
            "SELECT a.person_id, (SELECT c.id FROM category c WHERE c.deleted_at IS NULL
                                  AND c.id NOT IN (SELECT category_id FROM person_category
                                                   WHERE person_id = a.person_id)
                                  ORDER BY c.id LIMIT 1)
             FROM attendance a JOIN event e ON e.id = a.event_id
             JOIN person p ON p.id = a.person_id
             WHERE e.status = 'held' AND a.present = 1 AND e.starts_at >= '2026-11-01'
               AND p.deleted_at IS NULL
               AND EXISTS (SELECT 1 FROM person_category pc WHERE pc.person_id = a.person_id)
             ORDER BY a.id LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    let categories_before =
        people_detail(&kense_core::report::compute_report(a.conn(), &query).unwrap()).0;
    a.conn()
        .execute_batch(&format!(
            "DELETE FROM person_category WHERE person_id = {person};
             INSERT INTO person_category (person_id, category_id) VALUES ({person}, {category});
             UPDATE person SET updated_at = '2026-11-30T12:00:00Z' WHERE id = {person};"
        ))
        .unwrap();
    push(&mut a, &a_url).unwrap();
    let local = kense_core::report::compute_report(a.conn(), &query).unwrap();
    assert_ne!(people_detail(&local).0, categories_before);
    let on_hub = hub_figures(&url, "2026-11", Some(&a_code));
    assert_eq!(people_detail(&on_hub.total).0, people_detail(&local).0);
    assert_eq!(
        people_detail(&on_hub.offices[0].report).0,
        people_detail(&local).0
    );

    // A person present at a held event deleted after the first push: the
    // next push takes them out of the hub's count of every event they
    // attended.
    let person: i64 = a
        .conn()
        .query_row(
            "SELECT a.person_id FROM attendance a JOIN event e ON e.id = a.event_id
             JOIN person p ON p.id = a.person_id
             WHERE e.status = 'held' AND a.present = 1 AND e.starts_at >= '2026-11-01'
               AND p.deleted_at IS NULL
             ORDER BY a.id LIMIT 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    kense_core::people::delete_person(a.conn(), person).unwrap();
    push(&mut a, &a_url).unwrap();
    let after = own(&a, "2026-11");
    assert!(after.named_attendance < fa.named_attendance, "{after:?}");
    assert_eq!(
        hub_figures(&url, "2026-11", Some(&a_code)).total.current,
        after
    );
}

#[test]
fn an_office_role_reads_and_writes_only_its_own_rows() {
    let Some(admin) = admin_url() else { return };
    let url = fresh_hub(&admin);
    let dir = tempfile::tempdir().unwrap();
    let a_code = unique("RA").to_uppercase();
    let b_code = unique("RB").to_uppercase();
    let mut a = demo_office(dir.path(), &a_code, 40);
    let mut b = demo_office(dir.path(), &b_code, 30);
    let a_url = office_login(&url, &a, &a_code);
    let b_url = office_login(&url, &b, &b_code);
    push(&mut a, &a_url).unwrap();
    push(&mut b, &b_url).unwrap();
    let b_id = office::get_office_identity(b.conn()).unwrap().office_id;

    let count = |c: &mut Client, sql: &str| -> i64 { c.query_one(sql, &[]).unwrap().get(0) };
    let mut as_a = kense_hub::connect(&a_url).unwrap();
    let mut as_admin = kense_hub::connect(&url).unwrap();
    let all_people = count(&mut as_admin, "SELECT count(*) FROM hub.person");
    let a_people = count(&mut as_a, "SELECT count(*) FROM hub.person");
    assert!(
        a_people > 0 && a_people < all_people,
        "{a_people} of {all_people}"
    );
    assert_eq!(
        count(
            &mut as_a,
            &format!("SELECT count(*) FROM hub.attendance WHERE office_id = '{b_id}'")
        ),
        0
    );
    assert_eq!(count(&mut as_a, "SELECT count(*) FROM hub.office"), 1);
    // Writing into the other office's rows is refused.
    let err = as_a
        .batch_execute(&format!(
            "INSERT INTO hub.campaign (office_id, uuid, name_kk, name_ru, seq)
             VALUES ('{b_id}', gen_random_uuid(), 'x', 'x', 1)"
        ))
        .unwrap_err();
    let message = err
        .as_db_error()
        .map(|d| d.message().to_owned())
        .unwrap_or_default();
    assert!(message.contains("row-level security"), "{err:?}");
    let changed = as_a
        .execute(
            &format!("UPDATE hub.person SET surname = 'x' WHERE office_id = '{b_id}'"),
            &[],
        )
        .unwrap();
    assert_eq!(changed, 0);
    // Office A's login cannot push as office B.
    let err = push(&mut b, &a_url).unwrap_err();
    assert!(matches!(err, HubError::Refused(_)), "{err}");

    // A manager reads every office.
    let manager = unique("mgr");
    as_admin
        .batch_execute(&format!(
            "CREATE ROLE {manager} LOGIN PASSWORD 'm' IN ROLE kense_manager"
        ))
        .unwrap();
    let mut as_manager = kense_hub::connect(&with_user(&url, &manager, "m")).unwrap();
    assert_eq!(
        count(&mut as_manager, "SELECT count(*) FROM hub.person"),
        all_people
    );
    assert!(
        as_manager
            .batch_execute("UPDATE hub.person SET surname = 'x'")
            .is_err()
    );
    let hub = report::hub_report(
        &mut as_manager,
        &ReportQuery::month("2026-11").unwrap(),
        None,
    )
    .unwrap();
    assert_eq!(hub.offices.len(), 2);
}

#[test]
fn a_push_cut_off_half_way_leaves_the_hub_as_it_was_and_the_next_completes() {
    let Some(admin) = admin_url() else { return };
    let url = fresh_hub(&admin);
    let dir = tempfile::tempdir().unwrap();
    let code = unique("K").to_uppercase();
    let mut a = demo_office(dir.path(), &code, 60);
    push(&mut a, &url).unwrap();
    let month = "2026-11";
    let before = hub_figures(&url, month, None).total.current;
    // Changes in several tables.
    a.conn()
        .execute_batch(
            "UPDATE event SET headcount = coalesce(headcount, 0) + 500, updated_at = '2030-01-01T00:00:00Z'
               WHERE status = 'held' AND starts_at >= '2026-11-01';
             UPDATE person SET position_kk = 'ауысты' WHERE id % 3 = 0;",
        )
        .unwrap();
    let seq_before = kense_core::hub::changes::sent_seq(a.conn()).unwrap();

    let mut client = kense_hub::connect(&url).unwrap();
    let pid: i32 = client
        .query_one("SELECT pg_backend_pid()", &[])
        .unwrap()
        .get(0);
    let mut killer = kense_hub::connect(&url).unwrap();
    let mut tables = 0;
    let err = push::push(&mut a, &mut client, &mut |table| {
        tables += 1;
        if table == "event" {
            killer
                .execute("SELECT pg_terminate_backend($1)", &[&pid])
                .unwrap();
        }
        Ok(())
    })
    .unwrap_err();
    assert!(tables >= 5, "cut after the events were merged");
    eprintln!("the push failed as expected: {err}");
    assert_eq!(hub_figures(&url, month, None).total.current, before);
    assert_eq!(
        kense_core::hub::changes::sent_seq(a.conn()).unwrap(),
        seq_before
    );
    let last: i64 = killer
        .query_one("SELECT last_seq FROM hub.office", &[])
        .unwrap()
        .get(0);
    assert_eq!(last, seq_before);

    let done = push(&mut a, &url).unwrap();
    assert!(done.rows_changed > 0);
    let after = hub_figures(&url, month, None).total.current;
    assert_eq!(after, own(&a, month));
    assert!(after.headcount > before.headcount);
}

#[test]
fn packages_out_of_order_are_refused_and_a_newer_hub_schema_too() {
    let Some(admin) = admin_url() else { return };
    let url = fresh_hub(&admin);
    let dir = tempfile::tempdir().unwrap();
    let code = unique("P").to_uppercase();
    let mut a = demo_office(dir.path(), &code, 30);
    let p1 = dir.path().join("1.kpack");
    let p2 = dir.path().join("2.kpack");
    push::export_package(&mut a, &p1, false).unwrap();
    a.conn()
        .execute("UPDATE person SET position_kk = 'жаңа' WHERE id = 1", [])
        .unwrap();
    push::export_package(&mut a, &p2, false).unwrap();
    let mut client = kense_hub::connect(&url).unwrap();
    let err = push::load_package(&mut client, &p2).unwrap_err();
    assert!(err.to_string().contains("missing packages"), "{err}");
    push::load_package(&mut client, &p1).unwrap();
    assert_eq!(
        push::load_package(&mut client, &p2).unwrap().rows_changed,
        1
    );
    assert!(push::load_package(&mut client, &p1).unwrap().already_there);

    client
        .batch_execute("INSERT INTO hub.schema_version (version, kense) VALUES (99, 'future')")
        .unwrap();
    let err = push(&mut a, &url).unwrap_err();
    assert!(
        matches!(err, HubError::NewerHubSchema { found: 99, .. }),
        "{err}"
    );
    let err = schema::init(&mut client).unwrap_err();
    assert!(matches!(err, HubError::NewerHubSchema { .. }), "{err}");
}
