//! A visit planned end to end: stops, the delegation, every conflict check,
//! moving it, marking it held, the calendar file and the programme.

use super::conflicts::PlanWarning;
use super::delegation::{invite_people, set_invitation, set_person_present};
use super::holidays::{HolidayInput, save_holiday};
use super::ics::{IcsScope, export_ics};
use super::programme::{PlanDocument, print_plan};
use super::stops::{StopInput, delete_stop, insert_stop, reorder_stops, update_stop};
use super::*;
use crate::FieldName;
use crate::attendance::{add_attendance, list_event_attendance};
use crate::documents::sheet::sheet_lines;
use crate::events::{EventInput, insert_event, update_event};
use crate::kinds::{EventKind, Invitation, Role};
use crate::organisations::{OrganisationInput, insert_organisation};
use crate::people::{PersonInput, insert_person};
use crate::report::ReportLang;
use crate::{ErrorCode, Invalid, Lang, Store};

fn visit(c: &Connection, day: &str, from: &str, to: &str) -> i64 {
    insert_event(
        c,
        &EventInput {
            kind: EventKind::OpenDoorVisit,
            campaign_id: None,
            title_kk: "Ашық есік күні: мәслихат депутаттары".into(),
            title_ru: "День открытых дверей: депутаты маслихата".into(),
            starts_at: format!("{day}T{from}"),
            ends_at: format!("{day}T{to}"),
            place_kk: "Қонаев қ.".into(),
            place_ru: "г. Конаев".into(),
            district_kk: "Іле ауданы".into(),
            district_ru: "Илийский район".into(),
            status: EventStatus::Planned,
            confirm_future: Some(true),
            headcount: None,
            outcomes: String::new(),
            proposals_count: 0,
        },
    )
    .unwrap()
}

fn stop(site: &str, arrives: &str, departs: &str) -> StopInput {
    StopInput {
        site_kk: site.into(),
        arrives_at: arrives.into(),
        departs_at: departs.into(),
        host_name: "Нұрланова Әсел".into(),
        host_phone: "8 701 123 45 67".into(),
        showing_kk: "Қабылдау залы".into(),
        showing_ru: "Приёмный зал".into(),
        ..StopInput::default()
    }
}

fn person(c: &Connection, surname: &str) -> i64 {
    insert_person(
        c,
        &PersonInput {
            surname: surname.into(),
            name: "Әлібек".into(),
            ..PersonInput::default()
        },
    )
    .unwrap()
}

fn kinds(warnings: &[PlanWarning]) -> Vec<&'static str> {
    warnings
        .iter()
        .map(|w| match w {
            PlanWarning::StopsOverlap { .. } => "overlap",
            PlanWarning::StopOutsideEvent { .. } => "outside",
            PlanWarning::PersonBusy { .. } => "person",
            PlanWarning::SiteBusy { .. } => "site",
            PlanWarning::PublicHoliday { .. } => "holiday",
        })
        .collect()
}

#[test]
fn stops_take_the_event_day_and_overlaps_are_warned_about() {
    let store = Store::open_in_memory().unwrap();
    let c = store.conn();
    let e = visit(c, "2026-11-25", "09:00", "13:00");
    let a = insert_stop(c, e, &stop("Еңбек мобильділігі орталығы", "09:30", "10:30")).unwrap();
    let b = insert_stop(c, e, &stop("№2 емхана", "10:45", "11:45")).unwrap();
    insert_stop(c, e, &stop("«Тау-Кен» зауыты", "11:30", "12:30")).unwrap();
    let plan = get_plan(c, e).unwrap();
    assert_eq!(plan.stops.len(), 3);
    assert_eq!(plan.stops[0].arrives_at, "2026-11-25T09:30");
    assert_eq!(plan.stops[0].host_phone, "+77011234567");
    assert_eq!(kinds(&plan.warnings), ["overlap"]);
    let PlanWarning::StopsOverlap { first, second } = &plan.warnings[0] else {
        unreachable!()
    };
    assert_eq!((first.position, second.position), (2, 3));
    assert_eq!(second.name_kk, "«Тау-Кен» зауыты");
    assert_eq!(second.time, "11:30–12:30");

    // Fixing the time clears it; a stop after the event's end is flagged.
    let last = plan.stops[2].id;
    update_stop(c, last, &stop("«Тау-Кен» зауыты", "12:00", "13:30")).unwrap();
    assert_eq!(kinds(&get_plan(c, e).unwrap().warnings), ["outside"]);

    // Reorder, then delete: positions stay 1..n.
    reorder_stops(c, e, &[last, a, b]).unwrap();
    let order: Vec<_> = get_plan(c, e).unwrap().stops.iter().map(|s| s.id).collect();
    assert_eq!(order, [last, a, b]);
    delete_stop(c, last).unwrap();
    let plan = get_plan(c, e).unwrap();
    let positions: Vec<_> = plan.stops.iter().map(|s| (s.id, s.position)).collect();
    assert_eq!(positions, [(a, 1), (b, 2)]);
    // An order that leaves a stop out is refused.
    let err = reorder_stops(c, e, &[a]).unwrap_err();
    assert_eq!(err.field(), Some(FieldName::Stops));
}

#[test]
fn bad_stops_are_refused_naming_the_field() {
    let store = Store::open_in_memory().unwrap();
    let c = store.conn();
    let e = visit(c, "2026-11-25", "09:00", "13:00");
    let no_place = insert_stop(c, e, &stop("  ", "09:30", "10:00")).unwrap_err();
    assert_eq!(no_place.field(), Some(FieldName::SiteKk));
    // A site in Russian only is a site.
    insert_stop(
        c,
        e,
        &StopInput {
            site_ru: "Приёмная".into(),
            ..stop("", "09:30", "10:00")
        },
    )
    .unwrap();
    let backwards = insert_stop(c, e, &stop("Емхана", "10:30", "10:00")).unwrap_err();
    assert!(matches!(
        backwards,
        Error::Validation {
            reason: Invalid::EndsBeforeStart,
            ..
        }
    ));
    assert_eq!(backwards.field(), Some(FieldName::DepartsAt));
    let not_a_time = insert_stop(c, e, &stop("Емхана", "25:00", "")).unwrap_err();
    assert_eq!(not_a_time.field(), Some(FieldName::ArrivesAt));
    let phone = StopInput {
        host_phone: "қоңырау шалу".into(),
        ..stop("Емхана", "10:00", "")
    };
    assert_eq!(
        insert_stop(c, e, &phone).unwrap_err().field(),
        Some(FieldName::HostPhone)
    );
    // Several bad fields are named together, in the form's order.
    let all_bad = StopInput {
        host_phone: "қоңырау шалу".into(),
        ..stop(" ", "10:30", "10:00")
    };
    let refused: Vec<_> = insert_stop(c, e, &all_bad)
        .unwrap_err()
        .field_problems()
        .into_iter()
        .map(|p| p.field)
        .collect();
    assert_eq!(
        refused,
        [
            FieldName::SiteKk,
            FieldName::DepartsAt,
            FieldName::HostPhone
        ]
    );
    assert_eq!(get_plan(c, e).unwrap().stops.len(), 1);
}

#[test]
fn a_person_at_two_events_at_once_and_a_busy_site_are_warned_about() {
    let store = Store::open_in_memory().unwrap();
    let c = store.conn();
    let clinic = insert_organisation(
        c,
        &OrganisationInput {
            name_kk: "№2 қалалық емхана".into(),
            name_ru: "Городская поликлиника №2".into(),
            address: "Абай даңғылы, 12".into(),
            ..OrganisationInput::default()
        },
    )
    .unwrap();
    let mine = visit(c, "2026-11-25", "09:00", "13:00");
    let theirs = visit(c, "2026-11-25", "11:00", "15:00");
    let later = visit(c, "2026-11-25", "15:00", "16:00");
    let at_clinic = |from: &str, to: &str| StopInput {
        organisation_id: Some(clinic),
        ..stop("", from, to)
    };
    insert_stop(c, mine, &at_clinic("11:00", "12:00")).unwrap();
    insert_stop(c, theirs, &at_clinic("11:30", "12:30")).unwrap();
    insert_stop(c, later, &at_clinic("15:00", "16:00")).unwrap();

    let asel = person(c, "Серікова");
    let bolat = person(c, "Болатов");
    invite_people(c, mine, &[asel, bolat], Role::Guest).unwrap();
    invite_people(c, theirs, &[asel], Role::Participant).unwrap();
    add_attendance(c, later, &[bolat], Role::Participant).unwrap();

    let plan = get_plan(c, mine).unwrap();
    assert_eq!(
        (
            plan.stops[0].address_kk.as_str(),
            plan.stops[0].address_ru.as_str()
        ),
        ("Абай даңғылы, 12", ""),
        "the organisation's address, in the column of its language"
    );
    assert_eq!(kinds(&plan.warnings), ["person", "site"]);
    let PlanWarning::PersonBusy {
        full_name, other, ..
    } = &plan.warnings[0]
    else {
        unreachable!()
    };
    assert_eq!(full_name, "Серікова Әлібек");
    assert_eq!(other.id, theirs);
    let PlanWarning::SiteBusy {
        stop, other_time, ..
    } = &plan.warnings[1]
    else {
        unreachable!()
    };
    assert_eq!(stop.name_ru, "Городская поликлиника №2");
    assert_eq!(other_time, "11:30–12:30");

    // A decline, or the other event's cancellation, lifts the warnings.
    let row = plan
        .delegation
        .iter()
        .find(|a| a.person_id == asel)
        .unwrap();
    set_invitation(c, row.id, Invitation::Declined).unwrap();
    assert_eq!(kinds(&get_plan(c, mine).unwrap().warnings), ["site"]);
    let other = crate::events::get_event(c, theirs).unwrap();
    let cancelled = EventInput {
        status: EventStatus::Cancelled,
        ..EventInput::from(&other)
    };
    update_event(c, theirs, &cancelled).unwrap();
    assert!(get_plan(c, mine).unwrap().warnings.is_empty());
}

#[test]
fn an_event_on_a_public_holiday_is_warned_about() {
    let store = Store::open_in_memory().unwrap();
    let c = store.conn();
    let e = visit(c, "2026-12-16", "10:00", "12:00");
    let plan = get_plan(c, e).unwrap();
    let [PlanWarning::PublicHoliday { holiday }] = plan.warnings.as_slice() else {
        panic!("{:?}", plan.warnings)
    };
    assert_eq!(holiday.name_kk, "Тәуелсіздік күні");
    // A day the office adds counts too; the calendar shows it.
    let other = visit(c, "2026-12-30", "10:00", "12:00");
    save_holiday(
        c,
        &HolidayInput {
            day: "2026-12-30".into(),
            name_kk: "Қосымша демалыс".into(),
            name_ru: "Дополнительный выходной".into(),
        },
    )
    .unwrap();
    assert_eq!(kinds(&get_plan(c, other).unwrap().warnings), ["holiday"]);
    let month = calendar(c, &EventFilter::month("2026-12").unwrap()).unwrap();
    assert_eq!(month.events.len(), 2);
    assert!(month.events.iter().all(|e| e.warnings == 1));
    let days: Vec<_> = month.holidays.iter().map(|h| h.day.as_str()).collect();
    assert_eq!(days, ["2026-12-16", "2026-12-30"]);
}

#[test]
fn moving_an_event_moves_its_stops() {
    let store = Store::open_in_memory().unwrap();
    let c = store.conn();
    let e = visit(c, "2026-11-25", "09:00", "13:00");
    insert_stop(c, e, &stop("Емхана", "09:30", "10:30")).unwrap();
    let moved = move_event(c, e, "2026-11-27T14:00").unwrap();
    assert_eq!(
        (moved.starts_at.as_str(), moved.ends_at.as_str()),
        ("2026-11-27T14:00", "2026-11-27T18:00")
    );
    let plan = get_plan(c, e).unwrap();
    assert_eq!(plan.stops[0].arrives_at, "2026-11-27T14:30");
    assert_eq!(plan.stops[0].departs_at, "2026-11-27T15:30");
    assert!(plan.warnings.is_empty());
    assert_eq!(
        move_event(c, e, "ертең").unwrap_err().field(),
        Some(FieldName::StartsAt)
    );
    // Editing the event's start in its form moves the stops too.
    let mut input = EventInput {
        starts_at: "2026-11-30T09:00".into(),
        ends_at: "2026-11-30T13:00".into(),
        ..EventInput::from(&moved)
    };
    update_event(c, e, &input).unwrap();
    assert_eq!(
        get_plan(c, e).unwrap().stops[0].arrives_at,
        "2026-11-30T09:30"
    );
    input.title_kk = "Өзгертілген атау".into();
    update_event(c, e, &input).unwrap();
    assert_eq!(
        get_plan(c, e).unwrap().stops[0].arrives_at,
        "2026-11-30T09:30",
        "same start, no move"
    );
}

#[test]
fn marking_held_an_event_still_to_come_asks_first_and_a_headcount_covers_who_came() {
    let mut store = Store::open_in_memory().unwrap();
    let (future, past, people) = {
        let c = store.conn();
        let future = visit(c, "2099-12-10", "09:00", "13:00");
        let past = visit(c, "2026-11-25", "09:00", "13:00");
        let people = [person(c, "Әлиев"), person(c, "Бекова")];
        invite_people(c, future, &people, Role::Guest).unwrap();
        invite_people(c, past, &people, Role::Guest).unwrap();
        (future, past, people)
    };
    let rows = |store: &Store, e| -> Vec<i64> {
        get_plan(store.conn(), e)
            .unwrap()
            .delegation
            .iter()
            .map(|a| a.id)
            .collect()
    };
    let came = rows(&store, future);
    let err = store
        .with_tx(|tx| {
            mark_held(
                tx,
                future,
                &HeldInput {
                    present: came.clone(),
                    ..HeldInput::default()
                },
            )
        })
        .unwrap_err();
    assert_eq!(err.invalid(), Some((Invalid::EventNotBegun, None)));
    let plan = get_plan(store.conn(), future).unwrap();
    assert_eq!(plan.event.status, EventStatus::Planned);
    assert!(plan.delegation.iter().all(|a| !a.present));
    let held = store
        .with_tx(|tx| {
            mark_held(
                tx,
                future,
                &HeldInput {
                    present: came.clone(),
                    confirm_future: Some(true),
                    ..HeldInput::default()
                },
            )
        })
        .unwrap();
    assert_eq!(held.status, EventStatus::Held);

    // Both came, the headcount says one: refused, nothing ticked.
    let came = rows(&store, past);
    let err = store
        .with_tx(|tx| {
            mark_held(
                tx,
                past,
                &HeldInput {
                    present: came.clone(),
                    headcount: Some(1),
                    ..HeldInput::default()
                },
            )
        })
        .unwrap_err();
    assert_eq!(
        err.invalid(),
        Some((Invalid::HeadcountBelowPresent, Some(people.len() as u64)))
    );
    let plan = get_plan(store.conn(), past).unwrap();
    assert_eq!(plan.event.status, EventStatus::Planned);
    assert!(plan.delegation.iter().all(|a| !a.present));
}

#[test]
fn marking_held_ticks_who_came_and_keeps_walk_ins() {
    let mut store = Store::open_in_memory().unwrap();
    let (e, came, stayed_home, walk_in) = {
        let c = store.conn();
        let e = visit(c, "2026-11-25", "09:00", "13:00");
        let came = person(c, "Әлиев");
        let stayed_home = person(c, "Бекова");
        let walk_in = person(c, "Жұмабаев");
        invite_people(c, e, &[came, stayed_home], Role::Guest).unwrap();
        add_attendance(c, e, &[walk_in], Role::Participant).unwrap();
        (e, came, stayed_home, walk_in)
    };
    let plan = get_plan(store.conn(), e).unwrap();
    assert_eq!(plan.delegation.len(), 2);
    assert!(
        plan.delegation
            .iter()
            .all(|a| !a.present && a.invitation == Some(Invitation::Invited))
    );
    let came_row = plan
        .delegation
        .iter()
        .find(|a| a.person_id == came)
        .unwrap()
        .id;

    // An attendance id outside the delegation is refused and nothing changes.
    let walk_in_row = list_event_attendance(store.conn(), e)
        .unwrap()
        .into_iter()
        .find(|a| a.person_id == walk_in)
        .unwrap()
        .id;
    let input = HeldInput {
        present: vec![came_row, walk_in_row],
        headcount: Some(40),
        ..HeldInput::default()
    };
    let err = store.with_tx(|tx| mark_held(tx, e, &input)).unwrap_err();
    assert_eq!(err.code(), ErrorCode::Validation);
    assert_eq!(
        crate::events::get_event(store.conn(), e).unwrap().status,
        EventStatus::Planned
    );

    let held = store
        .with_tx(|tx| {
            mark_held(
                tx,
                e,
                &HeldInput {
                    present: vec![came_row],
                    headcount: Some(40),
                    ..HeldInput::default()
                },
            )
        })
        .unwrap();
    assert_eq!((held.status, held.headcount), (EventStatus::Held, Some(40)));
    let present: Vec<_> = list_event_attendance(store.conn(), e)
        .unwrap()
        .into_iter()
        .map(|a| (a.person_id, a.present))
        .collect();
    assert!(present.contains(&(came, true)));
    assert!(present.contains(&(stayed_home, false)));
    assert!(present.contains(&(walk_in, true)), "walk-ins stay ticked");
}

#[test]
fn a_sheet_is_keyed_back_in_its_printed_order() {
    let store = Store::open_in_memory().unwrap();
    let c = store.conn();
    let e = visit(c, "2026-11-25", "09:00", "13:00");
    let ya = person(c, "Ясауов");
    let a = person(c, "Әбдіров");
    let b = person(c, "Абаев");
    invite_people(c, e, &[ya, a], Role::Guest).unwrap();
    add_attendance(c, e, &[a], Role::Speaker).unwrap(); // two roles, one line
    invite_people(c, e, &[b], Role::Guest).unwrap();
    let lines = sheet_lines(c, e, None).unwrap();
    let order: Vec<_> = lines.iter().map(|l| l.person_id).collect();
    assert_eq!(order, [b, a, ya], "Kazakh alphabet: А, Ә, …, Я");
    // Әбдіров was added as a speaker (present), so the line shows present.
    assert!(lines[1].present);
    set_person_present(c, e, ya, true, false).unwrap();
    set_person_present(c, e, a, false, false).unwrap();
    let lines = sheet_lines(c, e, None).unwrap();
    let present: Vec<_> = lines.iter().map(|l| l.present).collect();
    assert_eq!(present, [false, false, true]);
    // Who declined is not on the sheet.
    let row = get_plan(c, e)
        .unwrap()
        .delegation
        .into_iter()
        .find(|a| a.person_id == b)
        .unwrap();
    set_invitation(c, row.id, Invitation::Declined).unwrap();
    let order: Vec<_> = sheet_lines(c, e, None)
        .unwrap()
        .iter()
        .map(|l| l.person_id)
        .collect();
    assert_eq!(order, [a, ya]);
}

#[test]
fn the_calendar_file_has_one_event_per_event_in_local_time() {
    let store = Store::open_in_memory().unwrap();
    let c = store.conn();
    let e = visit(c, "2026-11-25", "09:00", "13:00");
    visit(c, "2026-11-26", "15:00", "16:30");
    visit(c, "2026-12-01", "10:00", "11:00");
    insert_stop(c, e, &stop("Еңбек мобильділігі орталығы", "09:30", "10:30")).unwrap();
    let stamp = chrono::DateTime::parse_from_rfc3339("2026-11-22T08:00:00Z")
        .unwrap()
        .with_timezone(&chrono::Utc);
    let text = export_ics(c, &IcsScope::Month("2026-11".into()), Lang::Kk, stamp).unwrap();
    assert_eq!(text.matches("BEGIN:VEVENT").count(), 2);
    assert!(text.contains("DTSTART;TZID=Asia/Almaty:20261125T090000\r\n"));
    assert!(text.contains("DTEND;TZID=Asia/Almaty:20261126T163000\r\n"));
    let unfolded = text.replace("\r\n ", "");
    assert!(unfolded.contains("SUMMARY:Ашық есік күні: мәслихат депутаттары"));
    assert!(
        unfolded.contains(
            "09:30–10:30 Еңбек мобильділігі орталығы (Нұрланова Әсел\\, +7 701 123 45 67)"
        ),
        "{unfolded}"
    );
    let one = export_ics(c, &IcsScope::Event(e), Lang::Ru, stamp).unwrap();
    assert_eq!(one.matches("BEGIN:VEVENT").count(), 1);
    assert!(
        one.replace("\r\n ", "")
            .contains("SUMMARY:День открытых дверей: депутаты маслихата")
    );
}

#[test]
fn the_programme_renders_in_both_languages() {
    let store = Store::open_in_memory().unwrap();
    let c = store.conn();
    let e = visit(c, "2026-11-25", "09:00", "13:00");
    insert_stop(c, e, &stop("Еңбек мобильділігі орталығы", "09:30", "10:30")).unwrap();
    let guest = person(c, "Серікова");
    invite_people(c, e, &[guest], Role::Guest).unwrap();
    for which in [PlanDocument::Programme, PlanDocument::Invitations] {
        let pdf = print_plan(c, e, which, ReportLang::Both).unwrap();
        assert!(pdf.starts_with(b"%PDF"));
    }
}

#[test]
fn the_calendar_counts_the_same_warnings_as_the_plan() {
    let mut store = Store::open_in_memory().unwrap();
    crate::demo::generate_registry(
        &mut store,
        crate::demo::DemoSize {
            people: 400,
            months: 2,
        },
        chrono::NaiveDate::from_ymd_opt(2026, 11, 10).unwrap(),
    )
    .unwrap();
    let c = store.conn();
    // Crowd a day: two visits at once sharing people and a site, on a holiday.
    let a = visit(c, "2026-12-16", "10:00", "12:00");
    let b = visit(c, "2026-12-16", "11:00", "13:00");
    let people: Vec<i64> = c
        .prepare("SELECT id FROM person LIMIT 5")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<std::result::Result<_, _>>()
        .unwrap();
    invite_people(c, a, &people, Role::Guest).unwrap();
    invite_people(c, b, &people[2..], Role::Guest).unwrap();
    insert_stop(c, a, &stop("Зауыт", "11:00", "11:45")).unwrap();
    insert_stop(c, b, &stop("ЗАУЫТ", "11:30", "12:00")).unwrap();
    insert_stop(c, b, &stop("Емхана", "11:50", "13:30")).unwrap();
    let mut checked = 0;
    for month in ["2026-10", "2026-11", "2026-12"] {
        for shown in calendar(c, &EventFilter::month(month).unwrap())
            .unwrap()
            .events
        {
            let plan = get_plan(c, shown.event.id).unwrap();
            assert_eq!(
                shown.warnings,
                plan.warnings.len() as i64,
                "event {}: {:?}",
                shown.event.id,
                plan.warnings
            );
            checked += 1;
        }
    }
    assert!(checked > 30, "{checked} events");
    let plan_b = get_plan(c, b).unwrap();
    // 3 shared people, the site, the overlap inside b, the stop after its end, the holiday.
    assert_eq!(plan_b.warnings.len(), 7, "{:?}", plan_b.warnings);
}

#[test]
fn the_calendar_shows_an_event_that_started_before_the_month() {
    let store = Store::open_in_memory().unwrap();
    let c = store.conn();
    visit(c, "2026-10-31", "10:00", "18:00");
    let forum = insert_event(
        c,
        &EventInput {
            kind: EventKind::Forum,
            campaign_id: None,
            title_kk: "Азаматтық форум".into(),
            title_ru: "Гражданский форум".into(),
            starts_at: "2026-10-31T10:00".into(),
            ends_at: "2026-11-01T13:00".into(),
            place_kk: String::new(),
            place_ru: String::new(),
            district_kk: String::new(),
            district_ru: String::new(),
            status: EventStatus::Planned,
            confirm_future: Some(true),
            headcount: None,
            outcomes: String::new(),
            proposals_count: 0,
        },
    )
    .unwrap();
    let ids = |month: &str| -> Vec<i64> {
        calendar(c, &EventFilter::month(month).unwrap())
            .unwrap()
            .events
            .iter()
            .map(|e| e.event.id)
            .collect()
    };
    assert!(
        ids("2026-11").contains(&forum),
        "the two-day forum runs into November"
    );
    assert_eq!(
        ids("2026-11").len(),
        1,
        "the one-day visit of 31 October does not"
    );
    assert_eq!(ids("2026-10").len(), 2);
}

#[test]
fn the_delegation_prints_position_and_place_of_work_in_columns_of_their_own() {
    use super::programme::{ProgrammeHead, invitation_blocks, programme_blocks};
    use kense_pdf::Block;
    let store = Store::open_in_memory().unwrap();
    let c = store.conn();
    let e = visit(c, "2026-11-25", "09:00", "13:00");
    let org = insert_organisation(
        c,
        &OrganisationInput {
            name_kk: "Халыққа қызмет көрсету орталығы".into(),
            name_ru: "Центр обслуживания населения".into(),
            ..OrganisationInput::default()
        },
    )
    .unwrap();
    let guest = insert_person(
        c,
        &PersonInput {
            surname: "Серікова".into(),
            name: "Айгүл".into(),
            organisation_id: Some(org),
            position_kk: "Бас маман".into(),
            position_ru: "Главный специалист".into(),
            ..PersonInput::default()
        },
    )
    .unwrap();
    invite_people(c, e, &[guest], Role::Guest).unwrap();
    let plan = get_plan(c, e).unwrap();
    let head = ProgrammeHead::default();
    let delegation = |blocks: Vec<Block>| {
        blocks
            .into_iter()
            .filter_map(|b| match b {
                Block::Table(t) => Some(t),
                _ => None,
            })
            .next_back()
            .unwrap()
    };
    for (lang, headers, cells) in [
        (
            Lang::Kk,
            ["Лауазымы", "Жұмыс орны"],
            ["Бас маман", "Халыққа қызмет көрсету орталығы"],
        ),
        (
            Lang::Ru,
            ["Должность", "Место работы"],
            ["Главный специалист", "Центр обслуживания населения"],
        ),
    ] {
        for table in [
            delegation(programme_blocks(&plan, &head, lang)),
            delegation(invitation_blocks(&plan, &head, lang)),
        ] {
            let header: Vec<&str> = table.columns.iter().map(|c| c.header.as_str()).collect();
            assert_eq!(header[2..4], headers, "{lang:?}");
            assert_eq!(table.rows[0][2..4], cells, "{lang:?}");
            assert!(
                table.rows[0].iter().all(|cell| !cell.contains(", ")),
                "nothing glued: {:?}",
                table.rows[0]
            );
        }
    }
}

/// The texts of a document's paragraphs.
fn paragraphs(blocks: &[kense_pdf::Block]) -> Vec<String> {
    blocks
        .iter()
        .filter_map(|b| match b {
            kense_pdf::Block::Paragraph(p) => Some(p.text.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn the_meeting_point_and_transport_print_in_the_page_language() {
    use super::programme::{
        PlanDocument, ProgrammeHead, invitation_blocks, plan_missing_translations, programme_blocks,
    };
    use crate::documents::translations::{TranslatedField, TranslatedRecord};
    let store = Store::open_in_memory().unwrap();
    let c = store.conn();
    let e = visit(c, "2026-11-25", "09:00", "13:00");
    // Both fields refused at once, each named.
    let err = set_plan_details(
        c,
        e,
        &PlanDetails {
            meeting_point_ru: "ә".repeat(501),
            transport_kk: "ә".repeat(501),
            ..PlanDetails::default()
        },
    )
    .unwrap_err();
    let refused: Vec<FieldName> = err.field_problems().iter().map(|p| p.field).collect();
    assert_eq!(refused, [FieldName::MeetingPointRu, FieldName::TransportKk]);
    set_plan_details(
        c,
        e,
        &PlanDetails {
            meeting_point_kk: "Прокуратура ғимаратының алдында".into(),
            meeting_point_ru: "У здания прокуратуры".into(),
            transport_kk: "Қызметтік автобус".into(),
            transport_ru: String::new(),
        },
    )
    .unwrap();
    let plan = get_plan(c, e).unwrap();
    let head = ProgrammeHead::default();
    let ru = paragraphs(&programme_blocks(&plan, &head, Lang::Ru));
    assert!(
        ru.contains(&"Место сбора: У здания прокуратуры".to_owned()),
        "{ru:?}"
    );
    // No Russian transport: the Kazakh one prints, after the check listed it.
    assert!(
        ru.contains(&"Транспорт: Қызметтік автобус".to_owned()),
        "{ru:?}"
    );
    let kk = paragraphs(&invitation_blocks(&plan, &head, Lang::Kk));
    assert!(
        kk.contains(&"Жиналу орны: Прокуратура ғимаратының алдында".to_owned()),
        "{kk:?}"
    );
    // The date in words, as a signed programme prints it.
    assert!(
        ru.contains(&"Дата и время: 25 ноября 2026 г., 09:00–13:00".to_owned()),
        "{ru:?}"
    );
    assert!(
        kk.contains(&"Күні мен уақыты: 2026 жылғы 25 қараша, 09:00–13:00".to_owned()),
        "{kk:?}"
    );
    let missing = plan_missing_translations(c, e, PlanDocument::Programme, ReportLang::Ru).unwrap();
    let itinerary: Vec<_> = missing
        .iter()
        .filter(|m| m.record == TranslatedRecord::Itinerary)
        .collect();
    assert_eq!(itinerary.len(), 1, "{missing:?}");
    assert_eq!(itinerary[0].field, TranslatedField::Transport);
    assert_eq!(itinerary[0].lang, Lang::Ru);
    assert_eq!(itinerary[0].event_id, Some(e));
    assert_eq!(itinerary[0].fallback, "Қызметтік автобус");
    assert!(
        plan_missing_translations(c, e, PlanDocument::Invitations, ReportLang::Kk)
            .unwrap()
            .iter()
            .all(|m| m.record != TranslatedRecord::Itinerary)
    );

    // The calendar file of a Russian phone.
    let stamp = chrono::DateTime::parse_from_rfc3339("2026-11-22T08:00:00Z")
        .unwrap()
        .with_timezone(&chrono::Utc);
    let text = export_ics(c, &IcsScope::Event(e), Lang::Ru, stamp)
        .unwrap()
        .replace("\r\n ", "");
    assert!(text.contains("Место сбора: У здания прокуратуры"), "{text}");
}

#[test]
fn a_stop_prints_its_site_and_address_in_the_page_language() {
    use super::programme::{
        PlanDocument, ProgrammeHead, plan_missing_translations, programme_blocks,
    };
    use crate::documents::translations::TranslatedField;
    let store = Store::open_in_memory().unwrap();
    let c = store.conn();
    let e = visit(c, "2026-11-25", "09:00", "13:00");
    insert_stop(
        c,
        e,
        &StopInput {
            site_ru: "Зал приёма граждан".into(),
            address_kk: "Қонаев қ., Абай даңғылы, 1".into(),
            address_ru: "г. Конаев, проспект Абая, 1".into(),
            ..stop("Азаматтарды қабылдау залы", "09:30", "10:30")
        },
    )
    .unwrap();
    insert_stop(
        c,
        e,
        &StopInput {
            address_kk: "Қонаев қ., Наурызбай батыр көшесі, 5".into(),
            ..stop("Мұрағат", "10:30", "11:00")
        },
    )
    .unwrap();
    let plan = get_plan(c, e).unwrap();
    let schedule = |lang| {
        programme_blocks(&plan, &ProgrammeHead::default(), lang)
            .into_iter()
            .find_map(|b| match b {
                kense_pdf::Block::Table(t) => Some(t),
                _ => None,
            })
            .unwrap()
    };
    let ru = schedule(Lang::Ru);
    assert_eq!(
        ru.rows[0][2],
        "Зал приёма граждан\nг. Конаев, проспект Абая, 1"
    );
    // Nothing in Russian: the Kazakh texts print.
    assert_eq!(
        ru.rows[1][2],
        "Мұрағат\nҚонаев қ., Наурызбай батыр көшесі, 5"
    );
    let kk = schedule(Lang::Kk);
    assert_eq!(
        kk.rows[0][2],
        "Азаматтарды қабылдау залы\nҚонаев қ., Абай даңғылы, 1"
    );
    let missing = plan_missing_translations(c, e, PlanDocument::Programme, ReportLang::Ru).unwrap();
    let of_stops: Vec<(&str, TranslatedField, &str)> = missing
        .iter()
        .filter(|m| m.event_id == Some(e) && m.what.starts_with('№'))
        .map(|m| (m.what.as_str(), m.field, m.fallback.as_str()))
        .collect();
    assert_eq!(
        of_stops,
        [
            ("№2 Мұрағат", TranslatedField::Site, "Мұрағат"),
            (
                "№2 Мұрағат",
                TranslatedField::Address,
                "Қонаев қ., Наурызбай батыр көшесі, 5"
            ),
        ],
        "{missing:?}"
    );
}
