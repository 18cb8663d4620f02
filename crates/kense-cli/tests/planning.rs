//! A visit planned with kense-core and read back through `kense plan` and
//! `kense ics`: the warnings, the programme PDF in Kazakh and Russian
//! (pdftotext), and the calendar file read by python-icalendar.
#![allow(clippy::disallowed_methods)] // spawning the binary, poppler and python is the point
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly on purpose

mod common;

use common::{kense, ok, pdftotext};
use kense_core::Store;
use kense_core::events::{EventInput, insert_event};
use kense_core::kinds::{EventKind, EventStatus, Role};
use kense_core::office::{OfficeProfileInput, update_office_profile};
use kense_core::people::{PersonInput, insert_person};
use kense_core::planning::delegation::invite_people;
use kense_core::planning::stops::{StopInput, insert_stop};
use kense_core::planning::{PlanDetails, set_plan_details};
use std::path::{Path, PathBuf};
use std::process::Command;

const STOPS: [(&str, &str, &str, &str, &str); 3] = [
    (
        "Еңбек мобильділігі орталығы",
        "09:30",
        "10:30",
        "Нұрланова Әсел",
        "8 701 123 45 67",
    ),
    (
        "№2 қалалық емхана",
        "10:45",
        "11:45",
        "Ғабитұлы Қайрат",
        "+7 777 765 43 21",
    ),
    (
        "«Өңірлік қойма» ЖШС",
        "11:30",
        "12:30",
        "Үсенова Һадия",
        "87012223344",
    ),
];

/// An office in Oral (UTC+5) with a visit of three stops (the third overlaps
/// the second), two invitees, and a lecture the next day.
fn office(dir: &Path) -> (PathBuf, i64) {
    let db = dir.join("plan.db");
    let mut store = Store::open(&db).unwrap();
    let visit = store
        .with_tx(|tx| {
            update_office_profile(
                tx,
                &OfficeProfileInput {
                    name_kk: "Батыс Қазақстан облысы прокуратурасының жобалық кеңсесі".into(),
                    name_ru: "Проектный офис прокуратуры Западно-Казахстанской области".into(),
                    time_zone: "Asia/Oral".into(),
                    ..OfficeProfileInput::default()
                },
            )?;
            let event = |title_kk: &str, title_ru: &str, day: &str, from: &str, to: &str| {
                insert_event(
                    tx,
                    &EventInput {
                        kind: EventKind::OpenDoorVisit,
                        campaign_id: None,
                        title_kk: title_kk.into(),
                        title_ru: title_ru.into(),
                        starts_at: format!("{day}T{from}"),
                        ends_at: format!("{day}T{to}"),
                        place_kk: "Орал қ.".into(),
                        place_ru: "г. Уральск".into(),
                        district_kk: String::new(),
                        district_ru: String::new(),
                        status: EventStatus::Planned,
                        confirm_future: Some(true),
                        headcount: None,
                        outcomes: String::new(),
                        proposals_count: 0,
                    },
                )
            };
            let visit = event(
                "Ашық есік күні: мәслихат депутаттары",
                "День открытых дверей: депутаты маслихата",
                "2026-11-25",
                "09:00",
                "13:00",
            )?;
            event(
                "Құқықтық дәріс",
                "Правовая лекция",
                "2026-11-26",
                "15:00",
                "16:30",
            )?;
            for (site, from, to, host, phone) in STOPS {
                insert_stop(
                    tx,
                    visit,
                    &StopInput {
                        site_kk: site.into(),
                        address_kk: "Орал қ., Достық даңғылы".into(),
                        address_ru: "г. Уральск, проспект Достык".into(),
                        arrives_at: from.into(),
                        departs_at: to.into(),
                        host_name: host.into(),
                        host_phone: phone.into(),
                        showing_kk: "Жұмыс орындары, қабылдау".into(),
                        ..StopInput::default()
                    },
                )?;
            }
            set_plan_details(
                tx,
                visit,
                &PlanDetails {
                    meeting_point_kk: "Облыстық мәслихат ғимараты".into(),
                    meeting_point_ru: "Здание областного маслихата".into(),
                    transport_kk: "Автобус".into(),
                    transport_ru: "Автобус".into(),
                },
            )?;
            let mut people = Vec::new();
            for (surname, name) in [("Әлденей", "Әлібек"), ("Килыбай", "Нұрдаулет")]
            {
                people.push(insert_person(
                    tx,
                    &PersonInput {
                        surname: surname.into(),
                        name: name.into(),
                        phone: "8 705 000 11 22".into(),
                        ..PersonInput::default()
                    },
                )?);
            }
            invite_people(tx, visit, &people, Role::Guest)?;
            Ok(visit)
        })
        .unwrap();
    (db, visit)
}

#[test]
fn plan_show_lists_the_itinerary_and_the_overlap_warning() {
    let dir = tempfile::tempdir().unwrap();
    let (db, visit) = office(dir.path());
    let json: serde_json::Value = serde_json::from_str(&ok(&kense(
        &db,
        &["plan", "show", &visit.to_string(), "--json"],
    )))
    .unwrap();
    assert_eq!(json["stops"].as_array().unwrap().len(), 3);
    assert_eq!(json["delegation"].as_array().unwrap().len(), 2);
    assert_eq!(json["delegation"][0]["invitation"], "invited");
    let warnings = json["warnings"].as_array().unwrap();
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert_eq!(warnings[0]["kind"], "stopsOverlap");
    assert_eq!(warnings[0]["second"]["nameKk"], "«Өңірлік қойма» ЖШС");

    let text = ok(&kense(
        &db,
        &["--lang", "ru", "plan", "show", &visit.to_string()],
    ));
    assert!(
        text.contains("Время остановок №2 «№2 қалалық емхана» (10:45–11:45) и №3 ««Өңірлік қойма» ЖШС» (11:30–12:30) пересекается"),
        "{text}"
    );
    let missing = kense(&db, &["plan", "show", "999"]);
    assert!(!missing.status.success());
}

#[test]
fn the_programme_shows_every_stop_with_times_and_contacts_in_both_languages() {
    let dir = tempfile::tempdir().unwrap();
    let (db, visit) = office(dir.path());
    let id = visit.to_string();
    for (lang, heading, schedule, meeting_point, other) in [
        (
            "kk",
            "Сапар бағдарламасы",
            "Кесте",
            "Облыстық мәслихат ғимараты",
            "Здание областного маслихата",
        ),
        (
            "ru",
            "Программа визита",
            "Расписание",
            "Здание областного маслихата",
            "Облыстық мәслихат ғимараты",
        ),
    ] {
        let pdf = dir.path().join(format!("programme-{lang}.pdf"));
        ok(&kense(
            &db,
            &[
                "--lang",
                lang,
                "plan",
                "print",
                &id,
                "--out",
                pdf.to_str().unwrap(),
            ],
        ));
        let text = pdftotext(&pdf);
        // Each page prints the meeting point and addresses of its own language.
        assert!(!text.contains(other), "{lang}: {other:?} in {text}");
        let (address, other_address) = match lang {
            "kk" => ("Достық", "Достык"),
            _ => ("Достык", "Достық"),
        };
        assert!(
            text.contains(address),
            "{lang}: {address:?} missing in {text}"
        );
        assert!(
            !text.contains(other_address),
            "{lang}: {other_address:?} in {text}"
        );
        for needle in [heading, schedule, meeting_point, "Әлденей Әлібек"] {
            assert!(
                text.contains(needle),
                "{lang}: {needle:?} missing in {text}"
            );
        }
        for (site, from, to, host, _) in STOPS {
            for needle in [site, &format!("{from}–{to}"), host] {
                assert!(
                    text.contains(needle),
                    "{lang}: {needle:?} missing in {text}"
                );
            }
        }
        for phone in ["+7 701 123 45 67", "+7 777 765 43 21", "+7 701 222 33 44"] {
            assert!(text.contains(phone), "{lang}: {phone} missing in {text}");
        }
    }
    let both = dir.path().join("invitations.pdf");
    ok(&kense(
        &db,
        &[
            "--lang",
            "both",
            "plan",
            "print",
            &id,
            "--invitations",
            "--out",
            both.to_str().unwrap(),
        ],
    ));
    let text = pdftotext(&both);
    for needle in [
        "Шақырылғандар тізімі",
        "Список приглашённых",
        "Килыбай Нұрдаулет",
        "Шақырылды",
    ] {
        assert!(text.contains(needle), "{needle:?} missing in {text}");
    }
}

fn python_with_icalendar() -> &'static str {
    for python in ["python3", "/usr/bin/python3"] {
        let found = Command::new(python)
            .args(["-c", "import icalendar"])
            .output()
            .is_ok_and(|out| out.status.success());
        if found {
            return python;
        }
    }
    panic!("python3-icalendar is missing: apt-get install python3-icalendar");
}

/// Prints, per VEVENT: TZID, local start, local end, UTC start, summary.
const READ_ICS: &str = r#"
import sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
for ev in cal.walk("VEVENT"):
    start, end = ev.decoded("DTSTART"), ev.decoded("DTEND")
    print("|".join([
        ev["DTSTART"].params["TZID"],
        start.strftime("%Y-%m-%d %H:%M"),
        end.strftime("%Y-%m-%d %H:%M"),
        start.astimezone(__import__("datetime").timezone.utc).strftime("%H:%MZ"),
        str(ev["SUMMARY"]),
    ]))
"#;

fn read_ics(path: &Path) -> Vec<String> {
    let out = Command::new(python_with_icalendar())
        .args(["-c", READ_ICS])
        .arg(path)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_calendar_file_is_read_by_python_icalendar_with_local_times_and_tzid() {
    let dir = tempfile::tempdir().unwrap();
    let (db, visit) = office(dir.path());
    let month = dir.path().join("november.ics");
    ok(&kense(
        &db,
        &[
            "ics",
            "--month",
            "2026-11",
            "--out",
            month.to_str().unwrap(),
        ],
    ));
    assert_eq!(
        read_ics(&month),
        [
            "Asia/Oral|2026-11-25 09:00|2026-11-25 13:00|04:00Z|Ашық есік күні: мәслихат депутаттары",
            "Asia/Oral|2026-11-26 15:00|2026-11-26 16:30|10:00Z|Құқықтық дәріс",
        ]
    );
    let one = dir.path().join("visit.ics");
    ok(&kense(
        &db,
        &[
            "--lang",
            "ru",
            "ics",
            "--event",
            &visit.to_string(),
            "--out",
            one.to_str().unwrap(),
        ],
    ));
    assert_eq!(
        read_ics(&one),
        [
            "Asia/Oral|2026-11-25 09:00|2026-11-25 13:00|04:00Z|День открытых дверей: депутаты маслихата"
        ]
    );
    let refused = kense(
        &db,
        &[
            "ics",
            "--month",
            "2026-13",
            "--out",
            month.to_str().unwrap(),
        ],
    );
    assert!(!refused.status.success());
}
