//! The demo office's past events as they are reported: a council meeting
//! with memoranda, initiatives, winners' diplomas, «Общественный помощник
//! полиции» IDs, equipment and certificates; a forum with «Лидер отрасли»
//! diplomas and gratitude letters; open-door visits and site tours with
//! their stops, speakers and photos (small pictures drawn in code).

use crate::documents::issue::{self, IssueRequest};
use crate::documents::templates;
use crate::equipment::{self, EquipmentInput};
use crate::error::SqlContext;
use crate::id_handovers::{self, IdHandoverInput};
use crate::initiatives::{self, InitiativeInput};
use crate::kinds::{DocLang, EventKind, IdKind, ProposalStatus, Role, TemplateKind};
use crate::memoranda::{self, MemorandumInput};
use crate::photos::{self, PhotoInput, samples};
use crate::proposals::{self, ProposalInput};
use crate::speakers::{self, SpeakerInput};
use crate::{Result, campaigns};
use rusqlite::{Connection, OptionalExtension, params};

/// The name of the demo's own diploma template.
pub const LEADER_DIPLOMA: &str = "Лидер отрасли";

/// The latest held event of `kind` before `today` that has no records yet
/// (so filling twice adds nothing), with its day.
fn latest_held(conn: &Connection, kind: EventKind, today: &str) -> Result<Option<(i64, String)>> {
    conn.query_row(
        "SELECT e.id, substr(e.starts_at, 1, 10) FROM event e
         WHERE e.kind = ?1 AND e.status = 'held' AND e.deleted_at IS NULL AND e.starts_at < ?2
           AND NOT EXISTS (SELECT 1 FROM event_speaker s WHERE s.event_id = e.id)
           AND EXISTS (SELECT 1 FROM attendance a WHERE a.event_id = e.id AND a.present = 1)
         ORDER BY e.starts_at DESC, e.id DESC LIMIT 1",
        params![kind, today],
        |row| Ok((row.get(0)?, row.get(1)?)),
    )
    .optional()
    .context("finding a demo event")
}

/// The people present at an event, in id order (speakers and participants).
fn present(conn: &Connection, event_id: i64) -> Result<Vec<i64>> {
    conn.prepare(
        "SELECT DISTINCT person_id FROM attendance WHERE event_id = ?1 AND present = 1
         ORDER BY person_id",
    )
    .and_then(|mut stmt| {
        stmt.query_map([event_id], |row| row.get(0))?
            .collect::<std::result::Result<Vec<i64>, _>>()
    })
    .context("reading a demo event's people")
}

fn template_id(conn: &Connection, kind: TemplateKind, name: Option<&str>) -> Result<Option<i64>> {
    Ok(templates::list_templates(conn)?
        .into_iter()
        .find(|t| t.kind == kind && name.is_none_or(|n| t.name == n))
        .map(|t| t.id))
}

/// The «Лидер отрасли» diploma: a copy of the built-in diploma.
fn leader_template(conn: &Connection) -> Result<Option<i64>> {
    if let Some(id) = template_id(conn, TemplateKind::Diploma, Some(LEADER_DIPLOMA))? {
        return Ok(Some(id));
    }
    let Some(diploma) = template_id(conn, TemplateKind::Diploma, None)? else {
        return Ok(None);
    };
    Ok(Some(
        templates::duplicate_template(conn, diploma, LEADER_DIPLOMA)?.id,
    ))
}

fn issue_to(
    conn: &Connection,
    event_id: i64,
    template: Option<i64>,
    people: &[i64],
    day: &str,
) -> Result<usize> {
    let Some(template_id) = template else {
        return Ok(0);
    };
    if people.is_empty() {
        return Ok(0);
    }
    let batch = issue::issue_batch(
        conn,
        &IssueRequest {
            event_id,
            template_id,
            lang: DocLang::Both,
            role: None,
            person_ids: Some(people.to_vec()),
            issued_on: Some(day.to_owned()),
            confirm_future: None,
        },
    )?;
    Ok(batch.documents.len())
}

fn speaker(conn: &Connection, event_id: i64, name: &str, kk: &str, ru: &str) -> Result<()> {
    speakers::insert_speaker(
        conn,
        event_id,
        &SpeakerInput {
            person_id: None,
            name: name.to_owned(),
            position_kk: kk.to_owned(),
            position_ru: ru.to_owned(),
        },
    )?;
    Ok(())
}

fn photo(
    conn: &Connection,
    event_id: i64,
    hue: [u8; 3],
    caption: &str,
    chosen: bool,
) -> Result<()> {
    photos::insert_photo(
        conn,
        event_id,
        &samples::jpeg(480, 320, hue),
        &PhotoInput {
            caption: caption.to_owned(),
            credit: "Жобалық кеңсе".to_owned(),
            chosen,
        },
    )?;
    Ok(())
}

fn proposal(
    conn: &Connection,
    event_id: i64,
    text: &str,
    to: &str,
    s: ProposalStatus,
) -> Result<()> {
    proposals::insert_proposal(
        conn,
        event_id,
        &ProposalInput {
            text: text.to_owned(),
            addressee: to.to_owned(),
            status: s,
        },
    )?;
    Ok(())
}

/// Fills the records of the demo's latest held council meeting, forum,
/// open-door visit and site tour before `today`. Returns how many events
/// got records.
pub fn add_demo_records(conn: &Connection, today: chrono::NaiveDate) -> Result<usize> {
    let today = today.format("%Y-%m-%d").to_string();
    let mut filled = 0;
    if let Some((event, day)) = latest_held(conn, EventKind::CouncilMeeting, &today)? {
        council(conn, event, &day)?;
        filled += 1;
    }
    if let Some((event, day)) = latest_held(conn, EventKind::Forum, &today)? {
        forum(conn, event, &day)?;
        filled += 1;
    }
    for kind in [EventKind::OpenDoorVisit, EventKind::SiteTour] {
        if let Some((event, _)) = latest_held(conn, kind, &today)? {
            visit(conn, event)?;
            filled += 1;
        }
    }
    Ok(filled)
}

fn council(conn: &Connection, event: i64, day: &str) -> Result<()> {
    speaker(
        conn,
        event,
        "Н. Қ. Оспанова",
        "Облыс прокурорының орынбасары",
        "Заместитель прокурора области",
    )?;
    speaker(
        conn,
        event,
        "Б. С. Жақыпов",
        "Қонаев қаласы әкімінің орынбасары",
        "Заместитель акима города Конаев",
    )?;
    for (parties_kk, parties_ru, subject_kk, subject_ru) in [
        (
            "Алматы облысы прокуратурасы; «Қонаев Тазалық» ЖШС",
            "Прокуратура Алматинской области; ТОО «Қонаев Тазалық»",
            "Қоғамдық орындардағы қауіпсіздік туралы",
            "О безопасности в общественных местах",
        ),
        (
            "Қонаев қаласының полиция басқармасы; «Сенім» тұрғын үй кооперативі",
            "Управление полиции города Конаев; жилищный кооператив «Сенім»",
            "Аулаларды бейнебақылау туралы",
            "О видеонаблюдении во дворах",
        ),
    ] {
        memoranda::insert_memorandum(
            conn,
            event,
            &MemorandumInput {
                parties_kk: parties_kk.to_owned(),
                parties_ru: parties_ru.to_owned(),
                subject_kk: subject_kk.to_owned(),
                subject_ru: subject_ru.to_owned(),
                signed_on: Some(day.to_owned()),
            },
        )?;
    }
    for c in campaigns::list_campaigns(conn)?
        .iter()
        .filter(|c| super::CAMPAIGNS[1..].iter().any(|(kk, _)| c.name_kk == *kk))
    {
        initiatives::insert_initiative(
            conn,
            event,
            &InitiativeInput {
                campaign_id: Some(c.id),
                ..InitiativeInput::default()
            },
        )?;
    }
    initiatives::insert_initiative(
        conn,
        event,
        &InitiativeInput {
            campaign_id: None,
            name_kk: "Мектептің құқықтық жобалар жәрмеңкесі".to_owned(),
            name_ru: "Школьная ярмарка правовых проектов".to_owned(),
        },
    )?;
    let people = present(conn, event)?;
    let winners: Vec<i64> = people.iter().copied().take(3).collect();
    crate::attendance::add_attendance(conn, event, &winners, Role::Winner)?;
    for (person, (kk, ru)) in winners.iter().zip(crate::demo::PLACES) {
        crate::attendance::set_nomination(conn, event, *person, kk, ru)?;
    }
    issue_to(
        conn,
        event,
        template_id(conn, TemplateKind::Diploma, Some("Диплом"))?.or(template_id(
            conn,
            TemplateKind::Diploma,
            None,
        )?),
        &winners,
        day,
    )?;
    for (i, person) in people.iter().skip(3).take(3).enumerate() {
        id_handovers::insert_handover(
            conn,
            event,
            &IdHandoverInput {
                person_id: *person,
                kind: IdKind::PoliceAssistant,
                kind_other: String::new(),
                number: format!("{:04}", 457 + i),
                issuer: "Қонаев қаласының полиция басқармасы".to_owned(),
                handed_on: Some(day.to_owned()),
            },
        )?;
    }
    equipment::insert_equipment(
        conn,
        event,
        &EquipmentInput {
            what: "Шағылыстырғыш кеудешелер мен қол шамдары".to_owned(),
            recipients: 12,
        },
    )?;
    let rest: Vec<i64> = people.iter().copied().skip(6).collect();
    issue_to(
        conn,
        event,
        template_id(conn, TemplateKind::Certificate, None)?,
        &rest,
        day,
    )?;
    issue_to(
        conn,
        event,
        template_id(conn, TemplateKind::Gratitude, None)?,
        &people.iter().copied().skip(3).take(3).collect::<Vec<_>>(),
        day,
    )?;
    proposal(
        conn,
        event,
        "Аулалар мен аялдамаларды бейнебақылау камераларымен жабдықтау",
        "Қонаев қаласының әкімдігі",
        ProposalStatus::Sent,
    )?;
    proposal(
        conn,
        event,
        "Мектептерде «Заң Үйірмесі» сабақтарын аптасына бір рет өткізу",
        "Облыстың білім басқармасы",
        ProposalStatus::Drafted,
    )?;
    photo(
        conn,
        event,
        [70, 110, 190],
        "Меморандумға қол қою сәті",
        true,
    )?;
    photo(conn, event, [190, 120, 60], "Куәліктерді табыстау", true)?;
    photo(conn, event, [120, 120, 120], "Кеңес отырысының залы", false)?;
    Ok(())
}

fn forum(conn: &Connection, event: i64, day: &str) -> Result<()> {
    speaker(
        conn,
        event,
        "Н. Қ. Оспанова",
        "Облыс прокурорының орынбасары",
        "Заместитель прокурора области",
    )?;
    let people = present(conn, event)?;
    let leaders: Vec<i64> = people.iter().copied().take(3).collect();
    crate::attendance::add_attendance(conn, event, &leaders, Role::Awardee)?;
    issue_to(conn, event, leader_template(conn)?, &leaders, day)?;
    issue_to(
        conn,
        event,
        template_id(conn, TemplateKind::Gratitude, None)?,
        &people.iter().copied().skip(3).take(4).collect::<Vec<_>>(),
        day,
    )?;
    proposal(
        conn,
        event,
        "ҮЕҰ-ның әлеуметтік жобаларына арналған гранттар конкурсын жыл сайын өткізу",
        "Облыстың ішкі саясат басқармасы",
        ProposalStatus::Drafted,
    )?;
    photo(
        conn,
        event,
        [60, 150, 120],
        "Форумның пленарлық отырысы",
        true,
    )?;
    photo(
        conn,
        event,
        [150, 80, 160],
        "Әлеуметтік жобалар көрмесі",
        true,
    )?;
    Ok(())
}

fn visit(conn: &Connection, event: i64) -> Result<()> {
    speaker(
        conn,
        event,
        "А. Т. Мұратов",
        "Облыс прокурорының орынбасары",
        "Заместитель прокурора области",
    )?;
    speaker(
        conn,
        event,
        "Г. Е. Сәрсенова",
        "Аудан әкімінің орынбасары",
        "Заместитель акима района",
    )?;
    proposal(
        conn,
        event,
        "Қабылдау бөлмелерінде электрондық кезек жүйесін енгізу",
        "Аудан әкімдігі",
        ProposalStatus::Drafted,
    )?;
    photo(conn, event, [90, 160, 210], "Делегация нысанда", true)?;
    photo(
        conn,
        event,
        [210, 170, 80],
        "Қатысушылар жұмыс орнымен танысуда",
        false,
    )?;
    Ok(())
}
