//! The draft's text in Kazakh and in Russian, in the order a news item
//! reads: headline, lead (what, when, where, who), the programme, who took
//! part, who spoke, what was handed out and signed, what was presented and
//! proposed, and a closing line.
//!
//! Sentences are built so that names as written (titles, places,
//! organisations, categories) stay in the nominative: the Kazakh verb comes
//! last, and the few declined words are fixed ones.

use super::facts::{DocumentCount, EventFacts};
use super::words::{date_kk, date_ru, join_and, lower_common, plural_ru, quoted, sentence};
use super::{Block, PressRelease};
use crate::Lang;
use crate::i18n::in_lang;
use crate::kinds::{DocKind, IdKind, ProposalStatus};
use chrono::NaiveDate;

/// Writes the draft in `lang`.
pub fn compose(facts: &EventFacts, lang: Lang) -> PressRelease {
    let blocks = match lang {
        Lang::Kk => kk(facts),
        Lang::Ru => ru(facts),
    };
    PressRelease {
        lang,
        headline: facts.event.title(lang).trim().to_owned(),
        blocks,
        photo_ids: facts.photos.iter().map(|p| p.id).collect(),
    }
}

fn event_day(facts: &EventFacts) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(facts.event.starts_at.get(..10)?, "%Y-%m-%d").ok()
}

fn kk(f: &EventFacts) -> Vec<Block> {
    let mut out = Vec::new();
    let e = &f.event;
    // Lead: when, within which campaign, what; who organised and led it; where.
    let mut lead = String::new();
    if let Some(day) = event_day(f) {
        lead.push_str(&date_kk(day));
        lead.push(' ');
    }
    if !e.campaign_kk.is_empty() {
        lead.push_str(&format!("{} жобасы аясында ", quoted(&e.campaign_kk)));
    }
    lead.push_str(&format!("{} атты іс-шара өтті.", quoted(&e.title_kk)));
    let office = f.office.name(Lang::Kk);
    if !office.is_empty() {
        lead.push_str(&format!(" Іс-шараны {office} ұйымдастырды."));
    }
    if let Some(leader) = &f.leader {
        lead.push_str(&format!(
            " Іс-шараны {} жүргізді.",
            with_position(
                in_lang(&leader.position_kk, &leader.position_ru, Lang::Kk),
                &leader.name
            )
        ));
    }
    if !e.place(Lang::Kk).trim().is_empty() {
        lead.push_str(&format!(
            " Өткен орны — {}.",
            e.place(Lang::Kk).trim().trim_end_matches('.')
        ));
    }
    out.push(Block::Para(lead));

    if !f.stops.is_empty() {
        out.push(Block::Para(format!(
            "Бағдарлама бойынша қатысушылар {} нысанды аралады:",
            f.stops.len()
        )));
        out.push(Block::List(
            f.stops
                .iter()
                .map(|s| stop_line(&s.name(Lang::Kk), s.showing(Lang::Kk)))
                .collect(),
        ));
    }

    let total = f.participants();
    if total > 0 {
        let mut text = format!("Іс-шараға {total} адам қатысты");
        if !f.by_category.is_empty() {
            let parts: Vec<String> = f
                .by_category
                .iter()
                .map(|c| format!("{} — {}", lower_common(&c.name_kk), c.people))
                .collect();
            text.push_str(&format!(", оның ішінде {}", parts.join(", ")));
        }
        out.push(Block::Para(sentence(&text)));
    }

    if !f.speakers.is_empty() {
        let names: Vec<String> = f
            .speakers
            .iter()
            .map(|s| with_position(s.position(Lang::Kk), &s.name))
            .collect();
        out.push(Block::Para(format!(
            "Іс-шарада {} сөз сөйледі.",
            join_and(&names, "және")
        )));
    }

    if !f.memoranda.is_empty() {
        let items: Vec<String> = f
            .memoranda
            .iter()
            .map(|m| memorandum_line(m, Lang::Kk))
            .collect();
        out.push(Block::Para(format!(
            "Іс-шара барысында {} меморандумға қол қойылды:",
            f.memoranda.len()
        )));
        out.push(Block::List(items));
    }

    if !f.initiatives.is_empty() {
        let names: Vec<String> = f
            .initiatives
            .iter()
            .map(|i| quoted(i.name(Lang::Kk)))
            .collect();
        let noun = if names.len() == 1 {
            "жобасы"
        } else {
            "жобалары"
        };
        out.push(Block::Para(format!(
            "Қатысушыларға {} {noun} таныстырылды.",
            join_and(&names, "және")
        )));
    }

    if !f.documents.is_empty() {
        let items: Vec<String> = f.documents.iter().map(document_kk).collect();
        out.push(Block::Para(format!(
            "Белсенді азаматтар мен ұйымдарға {} табысталды.",
            join_and(&items, "және")
        )));
    }

    for (kind_kk, count) in handover_groups(f, Lang::Kk) {
        out.push(Block::Para(format!(
            "{count} азаматқа {} куәлігі табысталды.",
            quoted(&kind_kk)
        )));
    }

    if !f.equipment.is_empty() {
        let items: Vec<String> = f
            .equipment
            .iter()
            .map(|q| format!("{} — {} адамға", q.what.trim(), q.recipients))
            .collect();
        out.push(Block::Para(sentence(&format!(
            "Құрал-жабдықтар табысталды: {}",
            items.join("; ")
        ))));
    }

    if !f.proposals.is_empty() {
        out.push(Block::Para(format!(
            "Іс-шара қорытындысы бойынша {} ұсыныс әзірленді:",
            f.proposals.len()
        )));
        out.push(Block::List(
            f.proposals
                .iter()
                .map(|p| proposal_line(&p.text, &p.addressee, p.status, Lang::Kk))
                .collect(),
        ));
    }

    out.push(Block::Para(
        "Жобалық кеңсе құқықтық сауаттылықты арттыру және қоғамдық қауіпсіздікті нығайту \
         бағытындағы жұмысын жалғастырады."
            .to_owned(),
    ));
    out
}

fn ru(f: &EventFacts) -> Vec<Block> {
    let mut out = Vec::new();
    let e = &f.event;
    let mut lead = String::new();
    if let Some(day) = event_day(f) {
        lead.push_str(&date_ru(day));
        lead.push(' ');
    }
    if !e.campaign_ru.is_empty() {
        lead.push_str(&format!("в рамках проекта {} ", quoted(&e.campaign_ru)));
    }
    lead.push_str(&format!("состоялось мероприятие {}.", quoted(&e.title_ru)));
    let office = f.office.name(Lang::Ru);
    if !office.is_empty() {
        lead.push_str(&format!(" Организатор — {office}."));
    }
    if let Some(leader) = &f.leader {
        lead.push_str(&format!(
            " Ведущий — {}.",
            with_position(
                in_lang(&leader.position_kk, &leader.position_ru, Lang::Ru),
                &leader.name
            )
        ));
    }
    if !e.place(Lang::Ru).trim().is_empty() {
        lead.push_str(&format!(
            " Место проведения — {}.",
            e.place(Lang::Ru).trim().trim_end_matches('.')
        ));
    }
    out.push(Block::Para(capitalised(&lead)));

    if !f.stops.is_empty() {
        let n = f.stops.len() as i64;
        out.push(Block::Para(format!(
            "Согласно программе участники посетили {n} {}:",
            plural_ru(n, "объект", "объекта", "объектов")
        )));
        out.push(Block::List(
            f.stops
                .iter()
                .map(|s| stop_line(&s.name(Lang::Ru), s.showing(Lang::Ru)))
                .collect(),
        ));
    }

    let total = f.participants();
    if total > 0 {
        let verb = if plural_ru(total, "1", "", "") == "1" {
            "принял"
        } else {
            "приняли"
        };
        let mut text = format!(
            "В мероприятии {verb} участие {total} {}",
            plural_ru(total, "человек", "человека", "человек")
        );
        if !f.by_category.is_empty() {
            let parts: Vec<String> = f
                .by_category
                .iter()
                .map(|c| format!("{} — {}", lower_common(&c.name_ru), c.people))
                .collect();
            text.push_str(&format!(", в том числе: {}", parts.join(", ")));
        }
        out.push(Block::Para(sentence(&text)));
    }

    if !f.speakers.is_empty() {
        let names: Vec<String> = f
            .speakers
            .iter()
            .map(|s| with_position(s.position(Lang::Ru), &s.name))
            .collect();
        out.push(Block::Para(format!(
            "Среди выступивших — {}.",
            join_and(&names, "и")
        )));
    }

    if !f.memoranda.is_empty() {
        let n = f.memoranda.len() as i64;
        let head = if n == 1 {
            "В ходе мероприятия подписан меморандум:".to_owned()
        } else {
            format!(
                "В ходе мероприятия подписаны {n} {}:",
                plural_ru(n, "меморандум", "меморандума", "меморандумов")
            )
        };
        out.push(Block::Para(head));
        out.push(Block::List(
            f.memoranda
                .iter()
                .map(|m| memorandum_line(m, Lang::Ru))
                .collect(),
        ));
    }

    if !f.initiatives.is_empty() {
        let names: Vec<String> = f
            .initiatives
            .iter()
            .map(|i| quoted(i.name(Lang::Ru)))
            .collect();
        let head = if names.len() == 1 {
            "Участникам представлен проект"
        } else {
            "Участникам представлены проекты"
        };
        out.push(Block::Para(format!("{head} {}.", join_and(&names, "и"))));
    }

    if !f.documents.is_empty() {
        let items: Vec<String> = f.documents.iter().map(document_ru).collect();
        out.push(Block::Para(format!(
            "Активным гражданам и организациям вручены: {}.",
            join_and(&items, "и")
        )));
    }

    for (kind_ru, count) in handover_groups(f, Lang::Ru) {
        let whom = plural_ru(count, "гражданину", "гражданам", "гражданам");
        let what = if plural_ru(count, "1", "", "") == "1" {
            "вручено удостоверение"
        } else {
            "вручены удостоверения"
        };
        out.push(Block::Para(format!(
            "{count} {whom} {what} {}.",
            quoted(&kind_ru)
        )));
    }

    if !f.equipment.is_empty() {
        let items: Vec<String> = f
            .equipment
            .iter()
            .map(|q| format!("{} — {} чел.", q.what.trim(), q.recipients))
            .collect();
        out.push(Block::Para(sentence(&format!(
            "Передано оборудование: {}",
            items.join("; ")
        ))));
    }

    if !f.proposals.is_empty() {
        let n = f.proposals.len() as i64;
        out.push(Block::Para(format!(
            "По итогам мероприятия {} {n} {}:",
            plural_ru(n, "подготовлено", "подготовлено", "подготовлено"),
            plural_ru(n, "предложение", "предложения", "предложений")
        )));
        out.push(Block::List(
            f.proposals
                .iter()
                .map(|p| proposal_line(&p.text, &p.addressee, p.status, Lang::Ru))
                .collect(),
        ));
    }

    out.push(Block::Para(
        "Проектный офис продолжает работу по повышению правовой грамотности населения \
         и укреплению общественной безопасности."
            .to_owned(),
    ));
    out
}

/// «position Name» (a position in the middle of a sentence starts small).
fn with_position(position: &str, name: &str) -> String {
    let position = position.trim();
    if position.is_empty() {
        name.trim().to_owned()
    } else {
        format!("{} {}", lower_common(position), name.trim())
    }
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn stop_line(name: &str, showing: &str) -> String {
    let showing = showing.trim();
    if showing.is_empty() {
        sentence(name)
    } else {
        sentence(&format!("{name}: {showing}"))
    }
}

fn memorandum_line(m: &crate::memoranda::Memorandum, lang: Lang) -> String {
    let subject = m.subject(lang).trim();
    if subject.is_empty() {
        sentence(m.parties(lang))
    } else {
        sentence(&format!("{} — {subject}", m.parties(lang).trim()))
    }
}

fn proposal_line(text: &str, addressee: &str, status: ProposalStatus, lang: Lang) -> String {
    let text = text.trim().trim_end_matches('.');
    let status = match (status, lang) {
        (ProposalStatus::Drafted, _) => "",
        (ProposalStatus::Sent, Lang::Kk) => ", жіберілді",
        (ProposalStatus::Accepted, Lang::Kk) => ", қабылданды",
        (ProposalStatus::Sent, Lang::Ru) => ", направлено",
        (ProposalStatus::Accepted, Lang::Ru) => ", принято",
    };
    let addressee = addressee.trim();
    match (addressee.is_empty(), lang) {
        (true, _) if status.is_empty() => format!("{text}."),
        (true, _) => format!("{text} ({}).", &status[2..]),
        (false, Lang::Kk) => format!("{text} (кімге: {addressee}{status})."),
        (false, Lang::Ru) => format!("{text} (адресат: {addressee}{status})."),
    }
}

/// «8 диплом («Лидер отрасли»)»: Kazakh nouns after numbers stay singular.
fn document_kk(d: &DocumentCount) -> String {
    let noun = match d.kind {
        DocKind::Gratitude => "алғыс хат",
        DocKind::Diploma => "диплом",
        DocKind::Certificate => "сертификат",
    };
    with_template(format!("{} {noun}", d.count), &d.template)
}

/// «8 дипломов («Лидер отрасли»)».
fn document_ru(d: &DocumentCount) -> String {
    let noun = match d.kind {
        DocKind::Gratitude => plural_ru(
            d.count,
            "благодарственное письмо",
            "благодарственных письма",
            "благодарственных писем",
        ),
        DocKind::Diploma => plural_ru(d.count, "диплом", "диплома", "дипломов"),
        DocKind::Certificate => plural_ru(d.count, "сертификат", "сертификата", "сертификатов"),
    };
    with_template(format!("{} {noun}", d.count), &d.template)
}

fn with_template(text: String, template: &str) -> String {
    if template.trim().is_empty() {
        text
    } else {
        format!("{text} ({})", quoted(template))
    }
}

/// The IDs handed over grouped by kind name: (name, how many), police
/// assistants first.
fn handover_groups(f: &EventFacts, lang: Lang) -> Vec<(String, i64)> {
    let mut groups: Vec<(IdKind, String, i64)> = Vec::new();
    for h in &f.handovers {
        let name = h.kind_name(lang);
        match groups
            .iter_mut()
            .find(|(k, n, _)| *k == h.kind && *n == name)
        {
            Some(group) => group.2 += 1,
            None => groups.push((h.kind, name, 1)),
        }
    }
    groups.sort_by_key(|(kind, _, _)| *kind);
    groups.into_iter().map(|(_, name, n)| (name, n)).collect()
}
