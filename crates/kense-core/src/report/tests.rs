//! Every indicator of a small, hand-counted office.

use super::*;
use crate::attendance::{add_attendance, list_event_attendance, set_present};
use crate::campaigns::{CampaignInput, insert_campaign};
use crate::events::{EventInput, delete_event, insert_event};
use crate::kinds::Role;
use crate::media::{MediaInput, delete_media, insert_media};
use crate::memoranda::{MemorandumInput, insert_memorandum};
use crate::people::{PersonInput, delete_person, insert_person};
use crate::{Store, categories};
use rusqlite::Connection;

fn person(c: &Connection, surname: &str, cats: &[i64]) -> i64 {
    insert_person(
        c,
        &PersonInput {
            surname: surname.into(),
            name: "Әлібек".into(),
            category_ids: cats.to_vec(),
            ..PersonInput::default()
        },
    )
    .unwrap()
}

fn event(
    c: &Connection,
    kind: EventKind,
    day: &str,
    status: EventStatus,
    campaign: Option<i64>,
    headcount: Option<i64>,
    proposals: i64,
) -> i64 {
    insert_event(
        c,
        &EventInput {
            kind,
            campaign_id: campaign,
            title_kk: format!("Іс-шара {day}"),
            title_ru: format!("Мероприятие {day}"),
            starts_at: format!("{day}T10:00"),
            ends_at: String::new(),
            place_kk: "Қонаев қ.".into(),
            place_ru: "г. Конаев".into(),
            district_kk: if kind == EventKind::Lecture {
                "Іле ауданы".into()
            } else {
                "Талғар ауданы".into()
            },
            district_ru: if kind == EventKind::Lecture {
                "Илийский район".into()
            } else {
                "Талгарский район".into()
            },
            status,
            confirm_future: Some(true),
            headcount,
            outcomes: String::new(),
            proposals_count: proposals,
        },
    )
    .unwrap()
}

fn media(c: &Connection, event: i64, views: Option<i64>) -> i64 {
    media_on(c, event, views, "2026-11-05")
}

fn media_on(c: &Connection, event: i64, views: Option<i64>, day: &str) -> i64 {
    insert_media(
        c,
        event,
        &MediaInput {
            outlet: "Qazaqstan".into(),
            url: "https://example.kz/a".into(),
            published_on: Some(day.into()),
            views,
        },
    )
    .unwrap()
}

fn memorandum(c: &Connection, event: i64) {
    insert_memorandum(
        c,
        event,
        &MemorandumInput {
            parties_kk: "Прокуратура; «Жастар үні» ҚБ".into(),
            parties_ru: "Прокуратура; ОО «Жастар үні»".into(),
            subject_kk: "Құқықтық сауаттылық".into(),
            subject_ru: String::new(),
            signed_on: Some("2026-11-10".into()),
        },
    )
    .unwrap();
}

fn document(c: &Connection, number: i64, kind: &str, status: &str, day: &str, event: Option<i64>) {
    c.execute(
        "INSERT INTO issued_document (uuid, series, year, number, kind, lang, recipient, issued_on,
                                      check_code, content, status, event_id, created_at)
         VALUES (?1, 'АХ', 2026, ?2, ?3, 'kk', 'Сейітқазы Әлібек', ?4, 'X', '{}', ?5, ?6, ?4)",
        rusqlite::params![format!("doc-{number}"), number, kind, day, status, event],
    )
    .unwrap();
}

/// The office of the tests. November 2026 against October 2026:
///
/// | event | date | status | campaign | present (named) | headcount |
/// |---|---|---|---|---|---|
/// | E1 lecture | 03.11 | held | A | P1 (two roles), P2, P3; P4 absent | 100 |
/// | E2 forum | 10.11 | held | — | P1, P4, P5 (P5 deleted later) | — |
/// | E3 round table | 25.11 | planned | A | P3 (invited) | — |
/// | E4 contest | 12.11 | cancelled | — | P2 | — |
/// | E5 lecture | 15.11 | held, then deleted | — | P1 | 50 |
/// | E6 lecture | 20.10 | held | — | P1, P2 | 30 |
/// | E7 lecture | 01.12 | held | — | P3 | 70 |
struct Office {
    store: Store,
    campaign: i64,
    deputy: i64,
    ngo: i64,
    youth: i64,
}

fn office() -> Office {
    let store = Store::open_in_memory().unwrap();
    let c = store.conn();
    let cats = categories::list_categories(c).unwrap();
    let cat = |code: &str| {
        cats.iter()
            .find(|k| k.code.as_deref() == Some(code))
            .unwrap()
            .id
    };
    let (deputy, ngo, youth) = (cat("deputy"), cat("ngo"), cat("youth_leader"));
    let campaign = insert_campaign(
        c,
        &CampaignInput {
            id: None,
            name_kk: "Құқықтық тәртіп әліппесі".into(),
            name_ru: "Азбука правопорядка".into(),
            description: String::new(),
        },
    )
    .unwrap();
    let p1 = person(c, "Сейітқазы", &[deputy]);
    let p2 = person(c, "Оспанова", &[deputy, ngo]);
    let p3 = person(c, "Нұрланұлы", &[youth]);
    let p4 = person(c, "Ким", &[]);
    let p5 = person(c, "Жойылған", &[deputy]);
    use EventKind::*;
    use EventStatus::*;
    let e1 = event(c, Lecture, "2026-11-03", Held, Some(campaign), Some(100), 2);
    let e2 = event(c, Forum, "2026-11-10", Held, None, None, 3);
    let e3 = event(
        c,
        RoundTable,
        "2026-11-25",
        Planned,
        Some(campaign),
        None,
        0,
    );
    let e4 = event(c, Contest, "2026-11-12", Cancelled, None, None, 0);
    let e5 = event(c, Lecture, "2026-11-15", Held, None, Some(50), 4);
    let e6 = event(c, Lecture, "2026-10-20", Held, None, Some(30), 0);
    let e7 = event(c, Lecture, "2026-12-01", Held, None, Some(70), 1);
    add_attendance(c, e1, &[p1, p2, p3, p4], Role::Participant).unwrap();
    add_attendance(c, e1, &[p1], Role::Speaker).unwrap();
    let absent = list_event_attendance(c, e1)
        .unwrap()
        .into_iter()
        .find(|a| a.person_id == p4)
        .unwrap();
    set_present(c, absent.id, false, false).unwrap();
    add_attendance(c, e2, &[p1, p4, p5], Role::Participant).unwrap();
    add_attendance(c, e3, &[p3], Role::Guest).unwrap();
    add_attendance(c, e4, &[p2], Role::Participant).unwrap();
    add_attendance(c, e5, &[p1], Role::Participant).unwrap();
    add_attendance(c, e6, &[p1, p2], Role::Participant).unwrap();
    add_attendance(c, e7, &[p3], Role::Participant).unwrap();
    media(c, e1, Some(1000));
    media(c, e1, None);
    let gone = media(c, e1, Some(9999));
    delete_media(c, gone).unwrap();
    media(c, e2, Some(250));
    media(c, e5, Some(7777));
    media_on(c, e6, Some(500), "2026-10-21");
    memorandum(c, e2);
    memorandum(c, e5);
    delete_event(c, e5).unwrap();
    delete_person(c, p5).unwrap();
    document(c, 1, "gratitude", "issued", "2026-11-03", Some(e1));
    document(c, 2, "diploma", "revoked", "2026-11-10", Some(e2));
    document(c, 3, "certificate", "spoiled", "2026-11-10", Some(e2));
    document(c, 4, "gratitude", "reissued", "2026-11-11", Some(e2));
    document(c, 5, "gratitude", "issued", "2026-11-30", None);
    document(c, 6, "certificate", "issued", "2026-12-01", Some(e7));
    document(c, 7, "diploma", "issued", "2026-10-20", Some(e6));
    Office {
        store,
        campaign,
        deputy,
        ngo,
        youth,
    }
}

fn november(office: &Office) -> Report {
    compute_report(office.store.conn(), &ReportQuery::month("2026-11").unwrap()).unwrap()
}

#[test]
fn every_indicator_of_the_month_is_counted_by_hand() {
    let office = office();
    let r = november(&office);
    let f = &r.current;
    assert_eq!(
        (f.from.as_str(), f.to.as_str()),
        ("2026-11-01", "2026-11-30")
    );
    // E1–E4; E5 is deleted.
    assert_eq!(f.events_total, 4);
    assert_eq!(
        (f.events_held, f.events_planned, f.events_cancelled),
        (2, 1, 1)
    );
    // E1: P1 (once despite two roles), P2, P3; E2: P1, P4 (P5 deleted).
    assert_eq!(f.named_attendance, 5);
    // E1's headcount of 100 counts everybody there, its 3 named included.
    assert_eq!(f.headcount, 97);
    assert_eq!(f.people_reached, 102);
    // P1 came twice, counted once.
    assert_eq!(f.unique_people, 4);
    // Gratitude №1 issued, №5 issued (no event); diploma №2 revoked still
    // counts; spoiled and reissued do not; №6 is in December.
    assert_eq!(
        (
            f.gratitude_letters,
            f.diplomas,
            f.certificates,
            f.documents_issued
        ),
        (2, 1, 0, 3)
    );
    // E1: 1000 + none (deleted 9999 left out); E2: 250; E5 deleted.
    assert_eq!((f.media_publications, f.media_views), (3, 1250));
    assert_eq!(f.memoranda, 1);
    assert_eq!(f.proposals, 5);
}

#[test]
fn the_previous_month_and_the_change() {
    let office = office();
    let r = november(&office);
    let p = &r.previous;
    assert_eq!(
        (p.from.as_str(), p.to.as_str()),
        ("2026-10-01", "2026-10-31")
    );
    assert_eq!((p.events_total, p.events_held), (1, 1));
    assert_eq!(
        (p.named_attendance, p.headcount, p.people_reached),
        (2, 28, 30)
    );
    assert_eq!(p.unique_people, 2);
    assert_eq!((p.documents_issued, p.diplomas), (1, 1));
    assert_eq!((p.media_publications, p.media_views), (1, 500));
    assert_eq!((p.memoranda, p.proposals), (0, 0));
    let get = |k: IndicatorKey| r.indicators.iter().find(|i| i.key == k).unwrap().clone();
    let held = get(IndicatorKey::EventsHeld);
    assert_eq!((held.current, held.previous, held.change), (2, 1, 1));
    assert_eq!(held.change_percent, Some(100.0));
    let reach = get(IndicatorKey::PeopleReached);
    assert_eq!((reach.change, reach.change_percent), (72, Some(240.0)));
    let memo = get(IndicatorKey::Memoranda);
    assert_eq!((memo.change, memo.change_percent), (1, None));
    assert_eq!(r.indicators.len(), IndicatorKey::ALL.len());
    let docs: Vec<_> = r
        .documents
        .iter()
        .map(|d| (d.kind.as_str(), d.count, d.previous))
        .collect();
    assert_eq!(
        docs,
        [
            ("gratitude", 2, 0),
            ("diploma", 1, 1),
            ("certificate", 0, 0)
        ]
    );
}

#[test]
fn the_tables_of_the_month() {
    let office = office();
    let r = november(&office);
    // Reach by category: deputies P1 (E1, E2) and P2 (E1); P5 deleted.
    let cat = |id: Option<i64>| {
        let c = r.by_category.iter().find(|c| c.category_id == id).unwrap();
        (c.people, c.attendances)
    };
    assert_eq!(cat(Some(office.deputy)), (2, 3));
    assert_eq!(cat(Some(office.ngo)), (1, 1));
    assert_eq!(cat(Some(office.youth)), (1, 1));
    assert_eq!(cat(None), (1, 1));
    assert_eq!(
        r.by_category.len(),
        categories::list_categories(office.store.conn())
            .unwrap()
            .len()
            + 1
    );

    // Held events by kind × campaign: lecture in A, forum without one.
    let t = &r.by_kind_campaign;
    let ids: Vec<_> = t.campaigns.iter().map(|c| c.id).collect();
    assert_eq!(ids, [Some(office.campaign), None]);
    let rows: Vec<_> = t.rows.iter().map(|r| (r.kind, r.counts.clone())).collect();
    assert_eq!(
        rows,
        [
            (EventKind::Lecture, vec![1, 0]),
            (EventKind::Forum, vec![0, 1])
        ]
    );
    assert_eq!((t.totals.clone(), t.total), (vec![1, 1], 2));

    // Plan against actual: the planned and the cancelled count here only.
    let plan: Vec<_> = r
        .plan
        .iter()
        .map(|p| (p.kind, p.planned, p.held, p.cancelled, p.pending))
        .collect();
    assert_eq!(
        plan,
        [
            (Some(EventKind::Lecture), 1, 1, 0, 0),
            (Some(EventKind::Forum), 1, 1, 0, 0),
            (Some(EventKind::RoundTable), 1, 0, 0, 1),
            (Some(EventKind::Contest), 1, 0, 1, 0),
            (None, 4, 2, 1, 1),
        ]
    );

    // The events with their participants; reach only for held ones.
    let events: Vec<_> = r
        .events
        .iter()
        .map(|e| (&e.starts_at[..10], e.participants, e.reach()))
        .collect();
    assert_eq!(
        events,
        [
            ("2026-11-03", 3, 100),
            ("2026-11-10", 2, 2),
            ("2026-11-12", 0, 0),
            ("2026-11-25", 0, 0),
        ]
    );
    assert_eq!(r.media.len(), 3);
    assert_eq!(r.memoranda.len(), 1);
    let proposals: Vec<_> = r.proposals.iter().map(|e| e.proposals).collect();
    assert_eq!(proposals, [2, 3]);

    // The chart: weeks from Monday, held and planned (not cancelled) events.
    assert_eq!(r.chart_unit, BucketUnit::Week);
    assert_eq!(r.chart.first().unwrap().from, "2026-11-01");
    assert_eq!(r.chart.first().unwrap().to, "2026-11-01");
    assert_eq!(r.chart.last().unwrap().to, "2026-11-30");
    let total: i64 = r.chart.iter().flat_map(|b| b.counts.iter()).sum();
    assert_eq!(total, 3);
}

#[test]
fn filters_narrow_every_figure() {
    let office = office();
    let c = office.store.conn();
    let mut q = ReportQuery::month("2026-11").unwrap();
    q.district = Some("Іле ауданы".into());
    let f = compute_report(c, &q).unwrap().current;
    assert_eq!((f.events_total, f.events_held), (1, 1));
    assert_eq!(
        (f.named_attendance, f.headcount, f.unique_people),
        (3, 97, 3)
    );
    // Only documents of the district's events: gratitude №1.
    assert_eq!(f.documents_issued, 1);
    assert_eq!((f.media_publications, f.media_views), (2, 1000));

    let mut q = ReportQuery::month("2026-11").unwrap();
    q.campaign_id = Some(office.campaign);
    let f = compute_report(c, &q).unwrap().current;
    assert_eq!((f.events_total, f.events_held, f.events_planned), (2, 1, 1));
    assert_eq!((f.unique_people, f.proposals, f.memoranda), (3, 2, 0));
}

#[test]
fn previous_periods_have_the_same_shape() {
    let p = |from: &str, to: &str| {
        let prev = ReportQuery::dates(from, to)
            .unwrap()
            .period()
            .unwrap()
            .previous();
        (prev.from.to_string(), prev.to.to_string())
    };
    assert_eq!(
        p("2026-03-01", "2026-03-31"),
        ("2026-02-01".into(), "2026-02-28".into())
    );
    assert_eq!(
        p("2026-04-01", "2026-06-30"),
        ("2026-01-01".into(), "2026-03-31".into())
    );
    assert_eq!(
        p("2026-01-01", "2026-12-31"),
        ("2025-01-01".into(), "2025-12-31".into())
    );
    assert_eq!(
        p("2026-11-10", "2026-11-16"),
        ("2026-11-03".into(), "2026-11-09".into())
    );
    assert!(ReportQuery::dates("2026-11-10", "2026-11-01").is_err());
    assert!(ReportQuery::month("2026-13").is_err());
    assert_eq!(percent_change(3, 0), None);
    assert_eq!(percent_change(1, 3), Some(-66.7));
}

#[test]
fn a_year_is_charted_by_month_and_labelled() {
    let office = office();
    let r = compute_report(
        office.store.conn(),
        &ReportQuery::dates("2026-01-01", "2026-12-31").unwrap(),
    )
    .unwrap();
    assert_eq!(r.chart_unit, BucketUnit::Month);
    assert_eq!(r.chart.len(), 12);
    // Oct: E6; Nov: E1, E2, E3; Dec: E7.
    let per_month: Vec<i64> = r.chart.iter().map(|b| b.counts.iter().sum()).collect();
    assert_eq!(per_month[9..], [1, 3, 1]);
    let kk = crate::i18n::Translator::new(Lang::Kk);
    assert_eq!(period_label(&kk, "2026-01-01", "2026-12-31"), "2026 жыл");
    assert_eq!(
        period_label(&kk, "2026-11-01", "2026-11-30"),
        "2026 жылғы қараша"
    );
    assert_eq!(
        period_label(&kk, "2026-04-01", "2026-06-30"),
        "2026 жылғы II тоқсан"
    );
    let ru = crate::i18n::Translator::new(Lang::Ru);
    assert_eq!(
        period_label(&ru, "2026-11-01", "2026-11-30"),
        "Ноябрь 2026 г."
    );
    assert_eq!(
        period_label(&ru, "2026-11-03", "2026-11-09"),
        "03.11.2026 – 09.11.2026"
    );
    // The title block: «Отчёт … за ноябрь 2026 г.».
    assert_eq!(
        period_heading(&ru, "2026-11-01", "2026-11-30"),
        "за ноябрь 2026 г."
    );
    assert_eq!(
        period_heading(&ru, "2026-04-01", "2026-06-30"),
        "за II квартал 2026 г."
    );
    assert_eq!(
        period_heading(&ru, "2026-01-01", "2026-12-31"),
        "за 2026 год"
    );
    assert_eq!(
        period_heading(&ru, "2026-11-03", "2026-11-09"),
        "за период 03.11.2026 – 09.11.2026"
    );
    assert_eq!(
        period_heading(&kk, "2026-11-01", "2026-11-30"),
        "2026 жылғы қараша"
    );
}

#[test]
fn the_workbook_has_a_sheet_per_table_with_kazakh_headers() {
    use calamine::{Data, Reader, Xlsx};
    let office = office();
    let r = november(&office);
    let bytes = xlsx::render_xlsx(&r, Lang::Kk).unwrap();
    let mut book = Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
    let names = book.sheet_names();
    assert_eq!(names.len(), 12);
    assert_eq!(names[0], "Көрсеткіштер");
    assert!(names.contains(&"Санаттар".to_owned()));
    let sheet = book.worksheet_range("Көрсеткіштер").unwrap();
    assert_eq!(sheet.get((0, 0)), Some(&Data::String("Көрсеткіш".into())));
    assert_eq!(
        sheet.get((0, 1)),
        Some(&Data::String("2026 жылғы қараша".into()))
    );
    assert_eq!(
        sheet.get((1, 0)),
        Some(&Data::String("Өткізілген іс-шаралар".into()))
    );
    assert_eq!(sheet.get((1, 1)), Some(&Data::Float(2.0)));
    let events = book.worksheet_range("Іс-шаралар").unwrap();
    assert!(matches!(events.get((1, 0)), Some(Data::DateTime(_))));
}

#[test]
fn the_pdf_has_the_office_the_period_and_both_languages() {
    let office = office();
    let r = november(&office);
    let head = pdf::Letterhead {
        office_kk: "Алматы облысы прокуратурасының жобалық кеңсесі".into(),
        office_ru: "Проектный офис прокуратуры Алматинской области".into(),
        ..pdf::Letterhead::default()
    };
    let doc = pdf::document(&r, &head, ReportLang::Both, "01.12.2026")
        .layout()
        .unwrap();
    let texts: Vec<String> = doc
        .pages
        .iter()
        .flat_map(|p| p.text_runs().map(|t| t.3.to_owned()).collect::<Vec<_>>())
        .collect();
    let all = texts.join(" ");
    for needle in [
        "Алматы облысы прокуратурасының жобалық кеңсесі",
        "2026 жылғы қараша",
        "Бірегей қатысушылар",
        "Проектный офис прокуратуры Алматинской области",
        "Уникальных участников",
    ] {
        assert!(all.contains(needle), "{needle} missing");
    }
    let bytes = pdf::render_pdf(&r, &head, ReportLang::Kk, "01.12.2026").unwrap();
    assert!(bytes.starts_with(b"%PDF"));
}

#[test]
fn a_report_cancelled_at_any_stage_leaves_no_file() {
    use crate::progress::{CancelFlag, Progress, Step};
    let office = office();
    let c = office.store.conn();
    let query = ReportQuery::month("2026-11").unwrap();
    let dir = tempfile::tempdir().unwrap();
    // Whole: every stage is reported, the last one once the file is written.
    let seen = std::sync::Mutex::new(Vec::<Step>::new());
    let progress = Progress::new(|s| seen.lock().unwrap().push(s), CancelFlag::new())
        .every(std::time::Duration::ZERO);
    let pdf = dir.path().join("whole.pdf");
    save_pdf_with_progress(c, &query, ReportLang::Both, &pdf, "01.12.2026", &progress).unwrap();
    drop(progress);
    let done: Vec<u64> = seen.into_inner().unwrap().iter().map(|s| s.done).collect();
    assert_eq!(done, [0, 1, 2, 3, 4]);
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF"));
    // Cancelled at each stage, the last one (the pages rendered, not yet
    // written) included: no file, no temporary file.
    for stage in 0..4 {
        let flag = CancelFlag::new();
        let progress = Progress::new(
            |s: Step| {
                if s.done == stage {
                    flag.cancel();
                }
            },
            flag.clone(),
        )
        .every(std::time::Duration::ZERO);
        let pdf = dir.path().join(format!("cancelled-{stage}.pdf"));
        let xlsx = dir.path().join(format!("cancelled-{stage}.xlsx"));
        let err = save_pdf_with_progress(c, &query, ReportLang::Kk, &pdf, "01.12.2026", &progress)
            .unwrap_err();
        assert_eq!(err.code(), crate::ErrorCode::Cancelled, "stage {stage}");
        let flag = CancelFlag::new();
        let progress = Progress::new(
            |s: Step| {
                if s.done == stage.min(2) {
                    flag.cancel();
                }
            },
            flag.clone(),
        )
        .every(std::time::Duration::ZERO);
        let err = save_xlsx_with_progress(c, &query, Lang::Kk, &xlsx, &progress).unwrap_err();
        assert_eq!(err.code(), crate::ErrorCode::Cancelled, "stage {stage}");
    }
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["whole.pdf"]);
}

#[test]
fn a_running_month_is_compared_with_as_many_days_of_the_previous_one() {
    let office = office();
    let c = office.store.conn();
    let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    // On 2 December: 1–2 December against 1–2 November.
    let r = compute_report(
        c,
        &ReportQuery::month("2026-12").unwrap().on(day("2026-12-02")),
    )
    .unwrap();
    assert!(r.running);
    assert_eq!(r.days_elapsed, 2);
    assert!(r.barely_begun);
    assert_eq!(
        (r.current.from.as_str(), r.current.to.as_str()),
        ("2026-12-01", "2026-12-02")
    );
    assert_eq!(
        (r.previous.from.as_str(), r.previous.to.as_str()),
        ("2026-11-01", "2026-11-02")
    );
    // E7 (1 December, held, headcount 70) against nothing on 1–2 November;
    // November's E1 (3rd) is not in the comparison.
    assert_eq!((r.current.events_held, r.previous.events_held), (1, 0));
    assert_eq!(r.current.people_reached, 70);
    assert_eq!(r.previous.people_reached, 0);
    // The whole month is still the report's period.
    assert_eq!(
        (r.query.from.as_str(), r.query.to.as_str()),
        ("2026-12-01", "2026-12-31")
    );
    let kk = crate::i18n::Translator::new(Lang::Kk);
    let ru = crate::i18n::Translator::new(Lang::Ru);
    let labels = |t: &crate::i18n::Translator| {
        format!(
            "{} / {}",
            span_label(t, &r.current.from, &r.current.to),
            span_label(t, &r.previous.from, &r.previous.to)
        )
    };
    assert_eq!(labels(&kk), "1–2 желтоқсан / 1–2 қараша");
    assert_eq!(labels(&ru), "1–2 декабря / 1–2 ноября");
    assert_eq!(
        span_label(&ru, "2026-11-28", "2026-12-02"),
        "28 ноября – 2 декабря"
    );
    assert_eq!(span_label(&kk, "2026-12-01", "2026-12-01"), "1 желтоқсан");

    // The dashboard does the same with the day it is given.
    let dash = dashboard(c, day("2026-12-02"), 5).unwrap();
    assert_eq!(dash.report.current, r.current);
    assert_eq!(dash.report.previous, r.previous);

    // A closed month, or no `as_of`: the whole month against the whole one.
    for q in [
        ReportQuery::month("2026-11").unwrap().on(day("2026-12-02")),
        ReportQuery::month("2026-11").unwrap(),
    ] {
        let r = compute_report(c, &q).unwrap();
        assert!(!r.running && !r.barely_begun);
        assert_eq!(r.current.to, "2026-11-30");
        assert_eq!(r.previous.to, "2026-10-31");
    }
    // A week in: still neutral on the 6th, no longer on the 7th.
    let period = ReportQuery::month("2026-12").unwrap().period().unwrap();
    assert!(period.compared_on(Some(day("2026-12-06"))).barely_begun());
    assert!(!period.compared_on(Some(day("2026-12-07"))).barely_begun());
    // 1–30 March against February, cut at its end.
    let march = ReportQuery::month("2026-03").unwrap().period().unwrap();
    let cmp = march.compared_on(Some(day("2026-03-30")));
    assert_eq!(
        (cmp.previous.from, cmp.previous.to),
        (day("2026-02-01"), day("2026-02-28"))
    );
}

#[test]
fn publications_and_memoranda_count_in_the_month_of_their_date() {
    let office = office();
    let c = office.store.conn();
    let e1 = compute_report(c, &ReportQuery::month("2026-11").unwrap())
        .unwrap()
        .events[0]
        .id;
    // A November event written about on 2 December.
    media_on(c, e1, Some(40), "2026-12-02");
    let nov = november(&office);
    assert!(
        nov.media
            .iter()
            .all(|m| m.published_on.as_deref() <= Some("2026-11-30")),
        "{:?}",
        nov.media
    );
    assert_eq!(nov.current.media_publications, 3);
    let dec = compute_report(c, &ReportQuery::month("2026-12").unwrap()).unwrap();
    assert_eq!(dec.media.len(), 1);
    assert_eq!(dec.media[0].published_on.as_deref(), Some("2026-12-02"));
    assert_eq!(
        (dec.current.media_publications, dec.current.media_views),
        (1, 40)
    );
    // October's event E6 is written about in October only.
    let oct = compute_report(c, &ReportQuery::month("2026-10").unwrap()).unwrap();
    assert_eq!(
        (oct.current.media_publications, oct.current.media_views),
        (1, 500)
    );
}

#[test]
fn documents_count_by_issue_date_and_by_the_period_s_events() {
    let office = office();
    let c = office.store.conn();
    let nov_events = november(&office).events;
    let forum = nov_events
        .iter()
        .find(|e| e.kind == EventKind::Forum)
        .unwrap()
        .id;
    // A letter for November's forum handed out on 2 December.
    document(c, 8, "gratitude", "issued", "2026-12-02", Some(forum));
    let nov = november(&office);
    let kinds = |r: &Report| -> Vec<(String, i64, i64)> {
        r.documents
            .iter()
            .map(|d| (d.kind.clone(), d.count, d.for_events))
            .collect()
    };
    // Issued in November: gratitude №1, №5; diploma №2. For November's
    // events: gratitude №1 and №8, diploma №2 (№5 has no event).
    assert_eq!(
        kinds(&nov),
        [
            ("gratitude".to_owned(), 2, 2),
            ("diploma".to_owned(), 1, 1),
            ("certificate".to_owned(), 0, 0)
        ]
    );
    let dec = compute_report(c, &ReportQuery::month("2026-12").unwrap()).unwrap();
    // Issued in December: №8 and certificate №6; for December's events: №6.
    assert_eq!(
        kinds(&dec),
        [
            ("gratitude".to_owned(), 1, 0),
            ("diploma".to_owned(), 0, 0),
            ("certificate".to_owned(), 1, 1)
        ]
    );
    // The rule is written on the report.
    let doc = pdf::document(
        &nov,
        &pdf::Letterhead::default(),
        ReportLang::Both,
        "02.12.2026",
    )
    .layout()
    .unwrap();
    let all: String = doc
        .pages
        .iter()
        .flat_map(|p| p.text_runs().map(|t| t.3.to_owned()).collect::<Vec<_>>())
        .collect::<Vec<_>>()
        .join(" ");
    for needle in [
        "берілген күні бойынша",
        "по дате выдачи",
        "К мероприятиям периода",
    ] {
        assert!(all.contains(needle), "{needle} missing");
    }
}

/// The demo office's November report in `lang`, laid out, with every string
/// its blocks hold (to tell a whole word from a fragment).
fn demo_report(lang: ReportLang) -> (kense_pdf::Document, Vec<String>) {
    let mut store = Store::open_in_memory().unwrap();
    let today = NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
    crate::demo::fill_demo_office(
        &mut store,
        crate::demo::DemoSize {
            people: 300,
            months: 3,
        },
        today,
    )
    .unwrap();
    let r = compute_report(store.conn(), &ReportQuery::month("2026-11").unwrap()).unwrap();
    let head = pdf::Letterhead::load(store.conn()).unwrap();
    let flow = pdf::document(&r, &head, lang, "03.12.2026");
    let mut texts = Vec::new();
    for block in &flow.blocks {
        match block {
            kense_pdf::Block::Paragraph(p) => texts.push(p.text.clone()),
            kense_pdf::Block::Table(t) => {
                texts.extend(t.columns.iter().map(|c| c.header.clone()));
                texts.extend(t.rows.iter().flatten().cloned());
            }
            _ => {}
        }
    }
    (flow.layout().unwrap(), texts)
}

#[test]
fn the_demo_report_keeps_headings_with_their_tables_and_short_tables_whole() {
    for lang in [ReportLang::Kk, ReportLang::Ru] {
        let (doc, _) = demo_report(lang);
        for (n, page) in doc.pages.iter().enumerate() {
            let runs: Vec<_> = page.text_runs().collect();
            let footer = runs.iter().map(|r| r.2.1).fold(f32::MAX, f32::min);
            for (face, size, (_, y), text) in &runs {
                let numbered = text
                    .split_once(". ")
                    .is_some_and(|(d, _)| d.parse::<u8>().is_ok());
                if *face == kense_pdf::Face::SansBold && *size == 12.0 && numbered {
                    // Something of the section under its heading, above the footer.
                    assert!(
                        runs.iter().any(|r| r.2.1 < *y && r.2.1 > footer),
                        "{lang:?} page {}: «{text}» alone at the foot",
                        n + 1
                    );
                }
            }
        }
        // The three-row documents table is on one page.
        let kinds: &[&str] = match lang {
            ReportLang::Kk => &["Алғыс хат", "Диплом", "Сертификат"],
            _ => &["Благодарственное письмо", "Диплом", "Сертификат"],
        };
        let pages: Vec<usize> = kinds
            .iter()
            .map(|k| {
                doc.pages
                    .iter()
                    .position(|p| p.text_runs().any(|r| r.3 == *k && r.1 == 9.0))
                    .unwrap_or_else(|| panic!("{k} missing"))
            })
            .collect();
        assert!(
            pages.windows(2).all(|w| w[0] == w[1]),
            "{lang:?}: {pages:?}"
        );
    }
}

#[test]
fn the_demo_report_breaks_no_word_in_a_cell_without_a_hyphen() {
    for lang in [ReportLang::Kk, ReportLang::Ru] {
        let (doc, texts) = demo_report(lang);
        let words: std::collections::HashSet<&str> =
            texts.iter().flat_map(|t| t.split_whitespace()).collect();
        for page in &doc.pages {
            let mut after_hyphen = false;
            for (_, size, _, text) in page.text_runs() {
                let footer = text.starts_with("Бет ") || text.starts_with("Страница ");
                if size > 9.0 || footer {
                    after_hyphen = false;
                    continue;
                }
                let pieces: Vec<&str> = text.split(' ').collect();
                for (i, piece) in pieces.iter().enumerate() {
                    let continued = i == 0 && after_hyphen;
                    let hyphenated = i + 1 == pieces.len() && piece.ends_with('-');
                    let address = piece.contains("//") || piece.contains('/');
                    // Chart labels are dates and figures.
                    let figure = !piece.chars().any(char::is_alphabetic);
                    assert!(
                        words.contains(piece) || continued || hyphenated || address || figure,
                        "{lang:?}: «{piece}» in «{text}» is a broken word"
                    );
                }
                after_hyphen = text.ends_with('-');
            }
        }
    }
}

/// The texts of a report's blocks: paragraphs, table headers and cells.
fn report_texts(r: &Report, lang: ReportLang) -> Vec<String> {
    let flow = pdf::document(r, &pdf::Letterhead::default(), lang, "01.12.2026");
    let mut texts = Vec::new();
    for block in &flow.blocks {
        match block {
            kense_pdf::Block::Paragraph(p) => texts.push(p.text.clone()),
            kense_pdf::Block::Table(t) => texts.extend(t.rows.iter().flatten().cloned()),
            _ => {}
        }
    }
    texts
}

#[test]
fn the_district_prints_in_the_page_language_and_filters_by_one_key() {
    use calamine::{Data, Reader, Xlsx};
    let office = office();
    let c = office.store.conn();
    let mut q = ReportQuery::month("2026-11").unwrap();
    q.district = Some("Іле ауданы".into());
    let r = compute_report(c, &q).unwrap();
    assert_eq!(r.events.len(), 1);
    let ru = report_texts(&r, ReportLang::Ru);
    assert!(ru.contains(&"Район: Илийский район".to_owned()), "{ru:?}");
    assert!(ru.iter().any(|t| t.ends_with(", Илийский район")), "{ru:?}");
    assert!(!ru.iter().any(|t| t.contains("Іле ауданы")), "{ru:?}");
    let kk = report_texts(&r, ReportLang::Kk);
    assert!(kk.contains(&"Аудан: Іле ауданы".to_owned()), "{kk:?}");

    let bytes = xlsx::render_xlsx(&r, Lang::Ru).unwrap();
    let mut book = Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
    let events = book.worksheet_range("Мероприятия").unwrap();
    let header = (0..events.width())
        .position(|col| events.get((0, col)) == Some(&Data::String("Район".into())))
        .unwrap();
    assert_eq!(
        events.get((1, header)),
        Some(&Data::String("Илийский район".into()))
    );

    // A district in Kazakh only is listed before a Russian page prints it.
    c.execute(
        "UPDATE event SET district_ru = '' WHERE district_kk = 'Талғар ауданы'",
        [],
    )
    .unwrap();
    let whole = compute_report(c, &ReportQuery::month("2026-11").unwrap()).unwrap();
    let missing = missing_translations_in(&whole, ReportLang::Ru);
    let districts: Vec<&str> = missing
        .iter()
        .filter(|m| m.field == crate::documents::translations::TranslatedField::District)
        .map(|m| m.fallback.as_str())
        .collect();
    assert!(!districts.is_empty(), "{missing:?}");
    assert!(
        districts.iter().all(|d| *d == "Талғар ауданы"),
        "{districts:?}"
    );
    // Printed anyway: the Kazakh name.
    assert!(
        report_texts(&whole, ReportLang::Ru)
            .iter()
            .any(|t| t.ends_with(", Талғар ауданы"))
    );
}

#[test]
fn a_memorandum_prints_its_parties_in_the_page_language() {
    let office = office();
    let r = november(&office);
    let ru = report_texts(&r, ReportLang::Ru);
    assert!(
        ru.contains(&"Прокуратура; ОО «Жастар үні»".to_owned()),
        "{ru:?}"
    );
    assert!(
        !ru.contains(&"Прокуратура; «Жастар үні» ҚБ".to_owned()),
        "{ru:?}"
    );
    // No Russian subject: listed, and printed anyway in Kazakh.
    assert!(ru.contains(&"Құқықтық сауаттылық".to_owned()), "{ru:?}");
    let missing = missing_translations_in(&r, ReportLang::Ru);
    let memo: Vec<_> = missing
        .iter()
        .filter(|m| m.record == crate::documents::translations::TranslatedRecord::Memorandum)
        .map(|m| (m.field, m.fallback.as_str()))
        .collect();
    assert_eq!(
        memo,
        [(
            crate::documents::translations::TranslatedField::Subject,
            "Құқықтық сауаттылық"
        )]
    );
    let kk = report_texts(&r, ReportLang::Kk);
    assert!(
        kk.contains(&"Прокуратура; «Жастар үні» ҚБ".to_owned()),
        "{kk:?}"
    );
}
