//! A demo office, so a newcomer sees a living app on first run, and a
//! scalable data set for benchmarks (`kense demo --people N --months M`).

mod names;
pub mod records;
mod registry;

pub use registry::{DemoSize, DemoSummary, generate_registry};

use crate::campaigns::{self, CampaignInput};
use crate::office::{self, OfficeProfileInput};
use crate::signatories::{self, SignatoryInput};
use crate::{Result, Store};

/// The places of a contest's first three winners, Kazakh and Russian,
/// printed on their diplomas.
pub const PLACES: [(&str, &str); 3] = [
    ("I орын", "I место"),
    ("II орын", "II место"),
    ("III орын", "III место"),
];

/// The campaigns and initiatives every office runs.
pub const CAMPAIGNS: &[(&str, &str)] = &[
    ("Құқықтық тәртіп әліппесі", "Азбука правопорядка"),
    ("Заң Үйірмесі", "Заң Үйірмесі"),
    ("Киберпол", "Киберпол"),
    ("BAIQA SYSTEM", "BAIQA SYSTEM"),
    ("Кибер-Шериф", "Кибер-Шериф"),
    ("Тазалық сақшылары", "Тазалық сақшылары"),
];

/// The demo office the app offers on first run and `kense demo` fills: the
/// profile (when blank) and, when the registry has no people yet, a
/// registry of `size` whose latest held council meeting, forum, open-door
/// visit and site tour get their records (speakers, memoranda, initiatives,
/// documents, IDs, proposals, photos). Returns what the registry gained
/// (zeros when it already had people).
pub fn fill_demo_office(
    store: &mut Store,
    size: DemoSize,
    today: chrono::NaiveDate,
) -> Result<DemoSummary> {
    seed_demo_office(store)?;
    let has_people: bool = store
        .conn()
        .query_row(
            "SELECT EXISTS (SELECT 1 FROM person WHERE deleted_at IS NULL)",
            [],
            |row| row.get(0),
        )
        .map_err(|source| crate::Error::Sqlite {
            context: "checking for people",
            source,
        })?;
    if has_people {
        return Ok(DemoSummary::default());
    }
    let started = std::time::Instant::now();
    let summary = generate_registry(store, size, today)?;
    let records = store.with_tx(|tx| records::add_demo_records(tx, today))?;
    tracing::info!(
        people = summary.people,
        organisations = summary.organisations,
        events = summary.events,
        attendance = summary.attendance,
        records,
        ms = started.elapsed().as_millis(),
        "demo office filled"
    );
    Ok(summary)
}

/// Fills the office profile, two signatories and the campaigns, in one
/// transaction. Does nothing when the office already has a name.
pub fn seed_demo_office(store: &mut Store) -> Result<bool> {
    store.with_tx(|tx| {
        if !office::get_office_profile(tx)?.is_blank() {
            return Ok(false);
        }
        office::update_office_profile(
            tx,
            &OfficeProfileInput {
                name_kk: "Алматы облысы прокуратурасының жобалық кеңсесі".into(),
                name_ru: "Проектный офис прокуратуры Алматинской области".into(),
                region_kk: "Алматы облысы".into(),
                region_ru: "Алматинская область".into(),
                city_kk: "Қонаев қ.".into(),
                city_ru: "г. Конаев".into(),
                address_kk: "Қонаев қ., Абай даңғылы, 1 (демо)".into(),
                address_ru: "г. Конаев, проспект Абая, 1 (демо)".into(),
                phone: "+7 727 000 00 00".into(),
                email: "demo-office@example.kz".into(),
                time_zone: "Asia/Almaty".into(),
            },
        )?;
        for (kk, ru, pos_kk, pos_ru, default) in [
            (
                "Ә. Б. Сейітқазы",
                "А. Б. Сейткази",
                "Жобалық кеңсенің жетекшісі",
                "Руководитель проектного офиса",
                true,
            ),
            (
                "Н. Қ. Оспанова",
                "Н. К. Оспанова",
                "Облыс прокурорының орынбасары",
                "Заместитель прокурора области",
                false,
            ),
        ] {
            signatories::save_signatory(
                tx,
                &SignatoryInput {
                    id: None,
                    full_name_kk: kk.into(),
                    full_name_ru: ru.into(),
                    position_kk: pos_kk.into(),
                    position_ru: pos_ru.into(),
                    is_default: default,
                },
            )?;
        }
        if campaigns::list_campaigns(tx)?.is_empty() {
            for (kk, ru) in CAMPAIGNS {
                campaigns::insert_campaign(
                    tx,
                    &CampaignInput {
                        id: None,
                        name_kk: (*kk).into(),
                        name_ru: (*ru).into(),
                        description: String::new(),
                    },
                )?;
            }
        }
        Ok(true)
    })
}

/// A held contest today with the first `count` people of the registry (by id)
/// as present participants: the data set of the document benchmarks and the
/// crash tests. Returns the event id.
pub fn event_with_attendees(
    store: &mut Store,
    count: usize,
    today: chrono::NaiveDate,
) -> Result<i64> {
    use crate::error::SqlContext;
    store.with_tx(|tx| {
        let day = today.format("%Y-%m-%d").to_string();
        let id = crate::events::insert_event(
            tx,
            &crate::events::EventInput {
                kind: crate::kinds::EventKind::Contest,
                campaign_id: None,
                title_kk: "«Тазалық сақшылары» жастар байқауы".to_owned(),
                title_ru: "Молодёжный конкурс «Тазалық сақшылары»".to_owned(),
                starts_at: format!("{day}T10:00"),
                ends_at: format!("{day}T13:00"),
                place_kk: "Қонаев қ., Жастар сарайы".to_owned(),
                place_ru: "г. Конаев, Дворец молодёжи".to_owned(),
                district_kk: String::new(),
                district_ru: String::new(),
                status: crate::kinds::EventStatus::Held,
                confirm_future: Some(true),
                headcount: None,
                outcomes: String::new(),
                proposals_count: 0,
            },
        )?;
        tx.execute(
            "INSERT INTO attendance (event_id, person_id, role, present, created_at) \
             SELECT ?1, id, 'participant', 1, ?2 FROM person WHERE deleted_at IS NULL \
             ORDER BY id LIMIT ?3",
            rusqlite::params![id, crate::time::now_utc(), count as i64],
        )
        .context("adding the attendees")?;
        Ok(id)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seeds_once() {
        let mut store = Store::open_in_memory().unwrap();
        assert!(seed_demo_office(&mut store).unwrap());
        assert!(!seed_demo_office(&mut store).unwrap());
        let conn = store.conn();
        assert!(!office::get_office_profile(conn).unwrap().is_blank());
        assert_eq!(signatories::list_signatories(conn).unwrap().len(), 2);
        assert_eq!(
            campaigns::list_campaigns(conn).unwrap().len(),
            CAMPAIGNS.len()
        );
    }
}
