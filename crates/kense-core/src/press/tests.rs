//! The drafts of a small site tour written out by hand.

use super::*;
use crate::FieldName;
use crate::Store;
use crate::attendance;
use crate::categories;
use crate::equipment::{self, EquipmentInput};
use crate::events::{self, EventInput};
use crate::id_handovers::{self, IdHandoverInput};
use crate::initiatives::{self, InitiativeInput};
use crate::kinds::{EventKind, EventStatus, IdKind, ProposalStatus, Role};
use crate::organisations::{self, OrganisationInput};
use crate::people::{self, PersonInput};
use crate::photos::{self, PhotoInput};
use crate::planning::stops::{self, StopInput};
use crate::proposals::{self, ProposalInput};
use crate::speakers::{self, SpeakerInput};

fn tour(store: &Store) -> i64 {
    let conn = store.conn();
    let event = events::insert_event(
        conn,
        &EventInput {
            kind: EventKind::SiteTour,
            campaign_id: None,
            title_kk: "Ашық есік күні".into(),
            title_ru: "День открытых дверей".into(),
            starts_at: "2026-11-08T10:00".into(),
            ends_at: "2026-11-08T14:00".into(),
            place_kk: "Қонаев қ.".into(),
            place_ru: "г. Конаев".into(),
            district_kk: String::new(),
            district_ru: String::new(),
            status: EventStatus::Held,
            confirm_future: Some(true),
            headcount: Some(13),
            outcomes: String::new(),
            proposals_count: 0,
        },
    )
    .unwrap();
    for (i, (kk, ru, showing)) in [
        (
            "Құрылыс бөлімі",
            "Отдел строительства",
            "Мектеп құрылысының жобасы",
        ),
        ("Емхана", "Поликлиника", ""),
    ]
    .into_iter()
    .enumerate()
    {
        let org = organisations::insert_organisation(
            conn,
            &OrganisationInput {
                name_kk: kk.into(),
                name_ru: ru.into(),
                ..OrganisationInput::default()
            },
        )
        .unwrap();
        stops::insert_stop(
            conn,
            event,
            &StopInput {
                organisation_id: Some(org),
                arrives_at: format!("1{}:00", i + 1),
                departs_at: format!("1{}:45", i + 1),
                showing_kk: showing.into(),
                ..StopInput::default()
            },
        )
        .unwrap();
    }
    let deputy = categories::list_categories(conn)
        .unwrap()
        .into_iter()
        .find(|c| c.code.as_deref() == Some("deputy"))
        .unwrap();
    let mut ids = Vec::new();
    for n in 0..3 {
        ids.push(
            people::insert_person(
                conn,
                &PersonInput {
                    surname: format!("Адам{n}"),
                    name: "Есім".into(),
                    category_ids: if n < 2 { vec![deputy.id] } else { vec![] },
                    ..PersonInput::default()
                },
            )
            .unwrap(),
        );
    }
    attendance::add_attendance(conn, event, &ids, Role::Participant).unwrap();
    speakers::insert_speaker(
        conn,
        event,
        &SpeakerInput {
            name: "Н. Қ. Оспанова".into(),
            position_kk: "Облыс прокурорының орынбасары".into(),
            position_ru: "Заместитель прокурора области".into(),
            ..SpeakerInput::default()
        },
    )
    .unwrap();
    initiatives::insert_initiative(
        conn,
        event,
        &InitiativeInput {
            name_kk: "Киберпол".into(),
            name_ru: "Киберпол".into(),
            ..InitiativeInput::default()
        },
    )
    .unwrap();
    for number in ["0457", "0458"] {
        id_handovers::insert_handover(
            conn,
            event,
            &IdHandoverInput {
                person_id: ids[2],
                kind: IdKind::PoliceAssistant,
                kind_other: String::new(),
                number: number.into(),
                issuer: "Қонаев қ. ПБ".into(),
                handed_on: None,
            },
        )
        .unwrap();
    }
    proposals::insert_proposal(
        conn,
        event,
        &ProposalInput {
            text: "Аялдамаларды жарықтандыру".into(),
            addressee: "Қала әкімдігі".into(),
            status: ProposalStatus::Sent,
        },
    )
    .unwrap();
    equipment::insert_equipment(
        conn,
        event,
        &EquipmentInput {
            what: "Шағылыстырғыш кеудешелер".into(),
            recipients: 5,
        },
    )
    .unwrap();
    photos::insert_photo(
        conn,
        event,
        &photos::samples::jpeg(640, 480, [100, 160, 220]),
        &PhotoInput {
            caption: "Емханада".into(),
            credit: "Д. Омаров".into(),
            chosen: true,
        },
    )
    .unwrap();
    event
}

#[test]
fn the_kazakh_draft_reads_as_written_by_hand() {
    let store = Store::open_in_memory().unwrap();
    let event = tour(&store);
    let text = draft_press_release(store.conn(), event, Lang::Kk)
        .unwrap()
        .to_text();
    assert_eq!(
        text,
        "Ашық есік күні\n\n\
         2026 жылғы 8 қарашада «Ашық есік күні» атты іс-шара өтті. Өткен орны — Қонаев қ.\n\n\
         Бағдарлама бойынша қатысушылар 2 нысанды аралады:\n\n\
         1. Құрылыс бөлімі: Мектеп құрылысының жобасы.\n\
         2. Емхана.\n\n\
         Іс-шараға 13 адам қатысты, оның ішінде мәслихат депутаты — 2.\n\n\
         Іс-шарада облыс прокурорының орынбасары Н. Қ. Оспанова сөз сөйледі.\n\n\
         Қатысушыларға «Киберпол» жобасы таныстырылды.\n\n\
         2 азаматқа «Полицияның қоғамдық көмекшісі» куәлігі табысталды.\n\n\
         Құрал-жабдықтар табысталды: Шағылыстырғыш кеудешелер — 5 адамға.\n\n\
         Іс-шара қорытындысы бойынша 1 ұсыныс әзірленді:\n\n\
         1. Аялдамаларды жарықтандыру (кімге: Қала әкімдігі, жіберілді).\n\n\
         Жобалық кеңсе құқықтық сауаттылықты арттыру және қоғамдық қауіпсіздікті нығайту \
         бағытындағы жұмысын жалғастырады.\n"
    );
}

#[test]
fn the_russian_draft_agrees_numbers_and_nouns() {
    let store = Store::open_in_memory().unwrap();
    let event = tour(&store);
    let text = draft_press_release(store.conn(), event, Lang::Ru)
        .unwrap()
        .to_text();
    for expected in [
        "8 ноября 2026 года состоялось мероприятие «День открытых дверей». Место проведения — г. Конаев.",
        "Согласно программе участники посетили 2 объекта:\n\n1. Отдел строительства: Мектеп құрылысының жобасы.\n2. Поликлиника.",
        "В мероприятии приняли участие 13 человек, в том числе: депутат маслихата — 2.",
        "Среди выступивших — заместитель прокурора области Н. Қ. Оспанова.",
        "Участникам представлен проект «Киберпол».",
        "2 гражданам вручены удостоверения «Общественный помощник полиции».",
        "По итогам мероприятия подготовлено 1 предложение:\n\n1. Аялдамаларды жарықтандыру (адресат: Қала әкімдігі, направлено).",
    ] {
        assert!(text.contains(expected), "{expected:?} not in\n{text}");
    }
}

#[test]
fn saves_text_and_docx_and_refuses_other_files() {
    let store = Store::open_in_memory().unwrap();
    let event = tour(&store);
    let dir = tempfile::tempdir().unwrap();
    let txt = dir.path().join("release.txt");
    save_press_release(store.conn(), event, Lang::Kk, &txt).unwrap();
    assert!(
        std::fs::read_to_string(&txt)
            .unwrap()
            .starts_with("Ашық есік күні\n")
    );
    let docx = dir.path().join("release.docx");
    save_press_release(store.conn(), event, Lang::Ru, &docx).unwrap();
    let bytes = std::fs::read(&docx).unwrap();
    assert!(bytes.starts_with(b"PK"));
    let err =
        save_press_release(store.conn(), event, Lang::Ru, &dir.path().join("x.pdf")).unwrap_err();
    assert_eq!(err.field(), Some(FieldName::File));
    assert!(!dir.path().join("x.pdf").exists());
}

#[test]
fn the_edited_text_is_what_is_saved_with_the_chosen_photos() {
    let store = Store::open_in_memory().unwrap();
    let event = tour(&store);
    let dir = tempfile::tempdir().unwrap();
    let edited = "Ашық есік күні өтті\n\nАвтор түзеткен мәтін.\n";
    let txt = dir.path().join("edited.txt");
    save_edited_press_release(store.conn(), event, edited, &txt).unwrap();
    assert_eq!(std::fs::read_to_string(&txt).unwrap(), edited);
    let docx = dir.path().join("edited.docx");
    save_edited_press_release(store.conn(), event, edited, &docx).unwrap();
    let bytes = std::fs::read(&docx).unwrap();
    let text = String::from_utf8_lossy(&bytes);
    assert!(bytes.starts_with(b"PK"));
    let chosen = photos::list_photos(store.conn(), event, true).unwrap();
    assert!(!chosen.is_empty(), "the tour has a chosen photo");
    assert!(
        text.contains("word/media/"),
        "the chosen photo is in the DOCX"
    );
    let empty = dir.path().join("empty.txt");
    let err = save_edited_press_release(store.conn(), event, "  \n", &empty).unwrap_err();
    assert_eq!(err.field(), Some(FieldName::Text));
    assert!(!empty.exists());
}
