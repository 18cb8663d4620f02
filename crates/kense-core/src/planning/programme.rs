//! The printable programme of a visit (A4: the schedule of stops with times,
//! addresses and hosts, the meeting point and transport, the delegation) and
//! the invitation list. Kazakh, Russian, or both (Kazakh first, Russian from
//! a new page). Pure functions from a [`Plan`] to a flowing document; the
//! caller decides where the bytes go.

use super::Plan;
use crate::attendance::AttendanceRow;
use crate::documents::glyphs::GlyphCheck;
use crate::documents::translations::{MissingTranslation, PrintedField, missing_translations};
use crate::i18n::Translator;
use crate::kinds::Invitation;
use crate::report::pdf::{col, para, table};
use crate::report::{ReportLang, short_date};
use crate::validate::phone::format_phone;
use crate::{Error, Lang, Result};
use kense_pdf::Face;
use kense_pdf::{Block, ColumnWidth, FlowDocument, PageSetup, TextAlign};

/// The office, as printed at the top.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProgrammeHead {
    /// Office name in Kazakh.
    pub office_kk: String,
    /// Office name in Russian.
    pub office_ru: String,
    /// The office's phone, printed as the organiser's contact.
    pub phone: String,
    /// Who approves the programme («БЕКІТЕМІН» / «УТВЕРЖДАЮ» block at the top
    /// right); `None` for none.
    pub approver: Option<Approver>,
}

/// The signatory of a programme's approval block, in both languages.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Approver {
    /// Position in Kazakh.
    pub position_kk: String,
    /// Position in Russian.
    pub position_ru: String,
    /// Name in Kazakh («А. Б. Сейтқали»).
    pub name_kk: String,
    /// Name in Russian.
    pub name_ru: String,
}

/// The approval block: «БЕКІТЕМІН», the position, a line for the signature
/// with the name, and a line for the date, right-aligned.
fn approval_block(approver: &Approver, lang: Lang, year: &str) -> Vec<Block> {
    let pick = |kk: &str, ru: &str| match lang {
        Lang::Kk if !kk.is_empty() => kk.to_owned(),
        Lang::Ru if !ru.is_empty() => ru.to_owned(),
        _ if kk.is_empty() => ru.to_owned(),
        _ => kk.to_owned(),
    };
    let (word, date) = match lang {
        Lang::Kk => ("БЕКІТЕМІН", format!("{year} жылғы «____» ______________")),
        Lang::Ru => ("УТВЕРЖДАЮ", format!("«____» ______________ {year} г.")),
    };
    let mut b = vec![para(Face::SansBold, 11.0, TextAlign::Right, word)];
    let position = pick(&approver.position_kk, &approver.position_ru);
    if !position.is_empty() {
        b.push(para(Face::SansRegular, 10.5, TextAlign::Right, &position));
    }
    b.push(Block::Space(8.0));
    b.push(para(
        Face::SansRegular,
        10.5,
        TextAlign::Right,
        &format!(
            "________________ {}",
            pick(&approver.name_kk, &approver.name_ru)
        ),
    ));
    b.push(para(Face::SansRegular, 10.5, TextAlign::Right, &date));
    b.push(Block::Space(12.0));
    b
}

impl ProgrammeHead {
    fn office(&self, lang: Lang) -> &str {
        match lang {
            Lang::Kk => &self.office_kk,
            Lang::Ru => &self.office_ru,
        }
    }
}

fn time(s: &str) -> &str {
    s.get(11..16).unwrap_or("")
}

/// «2026 жылғы 25 қараша, 10:00–13:30» / «25 ноября 2026 г., 10:00–13:30»,
/// as a programme signed by a prosecutor prints it (the end's date too when
/// it differs); the numeric form ([`when`]) where a date is not in words.
pub fn when_in_words(lang: Lang, starts_at: &str, ends_at: &str) -> String {
    let day = |s: &str| {
        chrono::NaiveDate::parse_from_str(s.get(..10).unwrap_or(""), "%Y-%m-%d")
            .map(|d| {
                crate::grammar::dates::date_in_words(lang, d, crate::grammar::KkCase::Nominative)
            })
            .unwrap_or_else(|_| short_date(s))
    };
    let (d1, d2) = (day(starts_at), day(ends_at));
    if starts_at == ends_at {
        format!("{d1}, {}", time(starts_at))
    } else if d1 == d2 {
        format!("{d1}, {}–{}", time(starts_at), time(ends_at))
    } else {
        format!("{d1}, {} – {d2}, {}", time(starts_at), time(ends_at))
    }
}

/// «25.11.2026, 10:00–13:30» (the end's date too when it differs).
pub fn when(starts_at: &str, ends_at: &str) -> String {
    let (d1, d2) = (short_date(starts_at), short_date(ends_at));
    if starts_at == ends_at {
        format!("{d1}, {}", time(starts_at))
    } else if d1 == d2 {
        format!("{d1}, {}–{}", time(starts_at), time(ends_at))
    } else {
        format!("{d1} {} – {d2} {}", time(starts_at), time(ends_at))
    }
}

/// A delegation member's organisation in `lang` (the other language's when
/// it has none).
fn organisation(lang: Lang, a: &AttendanceRow) -> &str {
    crate::i18n::in_lang(&a.organisation_kk, &a.organisation_ru, lang)
}

fn title_block(
    plan: &Plan,
    head: &ProgrammeHead,
    t: &Translator,
    lang: Lang,
    key: &str,
) -> Vec<Block> {
    let mut b = Vec::new();
    let office = head.office(lang);
    if !office.is_empty() {
        b.push(para(Face::SansBold, 11.0, TextAlign::Center, office));
        b.push(Block::Space(12.0));
    }
    b.push(para(
        Face::SansBold,
        16.0,
        TextAlign::Center,
        &t.tr(key, &[]),
    ));
    b.push(para(
        Face::SansBold,
        13.0,
        TextAlign::Center,
        plan.event.title(lang),
    ));
    b.push(Block::Space(10.0));
    let e = &plan.event;
    let campaign = match lang {
        Lang::Kk => &e.campaign_kk,
        Lang::Ru => &e.campaign_ru,
    };
    let place = [e.place(lang), e.district(lang)]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    for (label, value) in [
        ("plan-when", when_in_words(lang, &e.starts_at, &e.ends_at)),
        ("field-place", place),
        ("field-campaign", campaign.clone()),
        ("plan-meeting-point", plan.meeting_point(lang).to_owned()),
        ("plan-transport", plan.transport(lang).to_owned()),
        ("plan-organiser-phone", format_phone(&head.phone)),
    ] {
        if !value.is_empty() {
            b.push(para(
                Face::SansRegular,
                10.5,
                TextAlign::Left,
                &format!("{}: {value}", t.tr(label, &[])),
            ));
        }
    }
    b
}

fn answer(t: &Translator, a: &AttendanceRow) -> String {
    a.invitation
        .map(|i| {
            let gender = a.gender.map(|g| g.as_str()).unwrap_or("other");
            t.tr(&format!("invitation-{i}"), &[("gender", gender)])
        })
        .unwrap_or_default()
}

fn delegation_table(plan: &Plan, t: &Translator, lang: Lang, with_answer: bool) -> Block {
    let tr = |key: &str| t.tr(key, &[]);
    let mut columns = vec![
        col("№".into(), ColumnWidth::Mm(9.0), TextAlign::Right),
        col(
            tr("plan-col-name"),
            ColumnWidth::Fraction(1.4),
            TextAlign::Left,
        ),
        // Position and organisation in columns of their own, as an official
        // list has them: glued into one phrase they would need the
        // organisation's genitive («…орталығының бас маманы»).
        col(
            tr("plan-col-position"),
            ColumnWidth::Fraction(1.0),
            TextAlign::Left,
        ),
        col(
            tr("plan-col-workplace"),
            ColumnWidth::Fraction(1.3),
            TextAlign::Left,
        ),
        col(tr("plan-col-role"), ColumnWidth::Mm(26.0), TextAlign::Left),
        col(tr("plan-col-phone"), ColumnWidth::Mm(30.0), TextAlign::Left),
    ];
    if with_answer {
        columns.push(col(
            tr("plan-col-answer"),
            ColumnWidth::Mm(26.0),
            TextAlign::Left,
        ));
    }
    let rows = plan
        .delegation
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let mut row = vec![
                (i + 1).to_string(),
                a.full_name.clone(),
                crate::i18n::in_lang(&a.position_kk, &a.position_ru, lang).to_owned(),
                organisation(lang, a).to_owned(),
                tr(&format!("role-{}", a.role)),
                format_phone(&a.phone),
            ];
            if with_answer {
                row.push(answer(t, a));
            }
            row
        })
        .collect();
    table(columns, rows)
}

/// The programme in one language.
pub fn programme_blocks(plan: &Plan, head: &ProgrammeHead, lang: Lang) -> Vec<Block> {
    let t = Translator::new(lang);
    let tr = |key: &str| t.tr(key, &[]);
    let mut b = match &head.approver {
        Some(a) => approval_block(a, lang, plan.event.starts_at.get(..4).unwrap_or("")),
        None => Vec::new(),
    };
    b.extend(title_block(plan, head, &t, lang, "plan-programme-title"));

    b.push(Block::Space(10.0));
    b.push(para(
        Face::SansBold,
        12.0,
        TextAlign::Left,
        &tr("plan-schedule"),
    ));
    b.push(Block::Space(4.0));
    if plan.stops.is_empty() {
        b.push(para(
            Face::SansRegular,
            10.5,
            TextAlign::Left,
            &tr("plan-no-stops"),
        ));
    } else {
        let columns = vec![
            col("№".into(), ColumnWidth::Mm(9.0), TextAlign::Right),
            col(tr("plan-col-time"), ColumnWidth::Mm(24.0), TextAlign::Left),
            col(
                tr("plan-col-stop"),
                ColumnWidth::Fraction(1.5),
                TextAlign::Left,
            ),
            col(
                tr("plan-col-showing"),
                ColumnWidth::Fraction(1.2),
                TextAlign::Left,
            ),
            col(
                tr("plan-col-host"),
                ColumnWidth::Fraction(1.0),
                TextAlign::Left,
            ),
        ];
        let rows = plan
            .stops
            .iter()
            .map(|s| {
                let mut place = s.name(lang);
                let address = s.address(lang);
                if !address.is_empty() {
                    place.push('\n');
                    place.push_str(address);
                }
                let mut showing = s.showing(lang).to_owned();
                if !s.notes.is_empty() {
                    if !showing.is_empty() {
                        showing.push('\n');
                    }
                    showing.push_str(&s.notes);
                }
                vec![
                    s.position.to_string(),
                    s.time_span(),
                    place,
                    showing,
                    s.host_contact("\n"),
                ]
            })
            .collect();
        b.push(table(columns, rows));
    }

    if !plan.delegation.is_empty() {
        b.push(Block::Space(14.0));
        b.push(para(
            Face::SansBold,
            12.0,
            TextAlign::Left,
            &tr("plan-delegation"),
        ));
        b.push(Block::Space(4.0));
        let mut going = plan.clone();
        going
            .delegation
            .retain(|a| a.invitation != Some(Invitation::Declined));
        b.push(delegation_table(&going, &t, lang, false));
    }
    b
}

/// The invitation list in one language: everyone invited, with their answer
/// and the totals.
pub fn invitation_blocks(plan: &Plan, head: &ProgrammeHead, lang: Lang) -> Vec<Block> {
    let t = Translator::new(lang);
    let mut b = title_block(plan, head, &t, lang, "plan-invitations-title");
    b.push(Block::Space(10.0));
    b.push(delegation_table(plan, &t, lang, true));
    let count = |i: Invitation| {
        plan.delegation
            .iter()
            .filter(|a| a.invitation == Some(i))
            .count()
            .to_string()
    };
    b.push(Block::Space(8.0));
    b.push(para(
        Face::SansRegular,
        10.5,
        TextAlign::Left,
        &t.tr(
            "plan-invitations-totals",
            &[
                ("invited", &count(Invitation::Invited)),
                ("confirmed", &count(Invitation::Confirmed)),
                ("declined", &count(Invitation::Declined)),
            ],
        ),
    ));
    b
}

/// Which document of a plan to print.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize, ts_rs::TS,
)]
#[serde(rename_all = "snake_case")]
pub enum PlanDocument {
    /// The visit programme.
    #[default]
    Programme,
    /// The invitation list.
    Invitations,
}

/// The document as a flowing A4 portrait layout in `lang`.
pub fn plan_document(
    plan: &Plan,
    head: &ProgrammeHead,
    which: PlanDocument,
    lang: ReportLang,
) -> FlowDocument {
    let mut blocks = Vec::new();
    for (i, &l) in lang.langs().iter().enumerate() {
        if i > 0 {
            blocks.push(Block::PageBreak);
        }
        blocks.extend(match which {
            PlanDocument::Programme => programme_blocks(plan, head, l),
            PlanDocument::Invitations => invitation_blocks(plan, head, l),
        });
    }
    let first = Translator::new(lang.langs()[0]);
    let key = match which {
        PlanDocument::Programme => "plan-programme-title",
        PlanDocument::Invitations => "plan-invitations-title",
    };
    FlowDocument {
        title: format!(
            "{} — {}",
            first.tr(key, &[]),
            plan.event.title(lang.langs()[0])
        ),
        setup: PageSetup::a4_portrait(16.0).numbered_in(lang.footer()),
        blocks,
    }
}

/// Every character of the document's texts must be drawable.
fn check_glyphs(doc: &FlowDocument) -> Result<()> {
    let mut check = GlyphCheck::default();
    for block in &doc.blocks {
        match block {
            Block::Paragraph(p) => check.check(&p.text, &p.text),
            Block::Table(t) => {
                for c in &t.columns {
                    check.check(&c.header, &c.header);
                }
                for row in &t.rows {
                    let what = row.get(1).cloned().unwrap_or_default();
                    for cell in row {
                        check.check(&what, cell);
                    }
                }
            }
            _ => {}
        }
    }
    check.finish()
}

/// The document as PDF bytes; refused with the list of characters the
/// fonts cannot draw, if any.
pub fn render_plan_document(
    plan: &Plan,
    head: &ProgrammeHead,
    which: PlanDocument,
    lang: ReportLang,
) -> Result<Vec<u8>> {
    let doc = plan_document(plan, head, which, lang);
    check_glyphs(&doc)?;
    let laid = doc.layout()?;
    kense_pdf::render_pdf(&laid.title, &laid.pages).map_err(Error::from)
}

/// Loads the plan and the office and renders the document.
pub fn print_plan(
    conn: &rusqlite::Connection,
    event_id: i64,
    which: PlanDocument,
    lang: ReportLang,
) -> Result<Vec<u8>> {
    print_plan_approved(conn, event_id, which, lang, false)
}

/// [`print_plan`], with the «БЕКІТЕМІН / УТВЕРЖДАЮ» block of the office's
/// default signatory above a programme when `approve`.
pub fn print_plan_approved(
    conn: &rusqlite::Connection,
    event_id: i64,
    which: PlanDocument,
    lang: ReportLang,
    approve: bool,
) -> Result<Vec<u8>> {
    let plan = super::get_plan(conn, event_id)?;
    let office = crate::office::get_office_profile(conn)?;
    let approver = if approve {
        let all = crate::signatories::list_signatories(conn)?;
        let s = all.iter().find(|s| s.is_default).or(all.first());
        Some(s.map_or_else(Approver::default, |s| Approver {
            position_kk: s.position_kk.clone(),
            position_ru: s.position_ru.clone(),
            name_kk: s.full_name_kk.clone(),
            name_ru: s.full_name_ru.clone(),
        }))
    } else {
        None
    };
    let head = ProgrammeHead {
        office_kk: office.name(Lang::Kk).to_owned(),
        office_ru: office.name(Lang::Ru).to_owned(),
        phone: office.phone.clone(),
        approver,
    };
    render_plan_document(&plan, &head, which, lang)
}

/// What the document would print in the other language because a field has
/// no text in one of `lang`'s: the event's place and district, the meeting point and
/// transport, each stop's site, address and what it shows (on the
/// programme), the delegation's positions. Shown before printing, to
/// fill in or print anyway.
pub fn plan_missing_translations(
    conn: &rusqlite::Connection,
    event_id: i64,
    which: PlanDocument,
    lang: ReportLang,
) -> Result<Vec<MissingTranslation>> {
    let plan = super::get_plan(conn, event_id)?;
    let first = lang.langs()[0];
    let stop_names: Vec<String> = plan
        .stops
        .iter()
        .map(|s| format!("№{} {}", s.position, s.name(first)))
        .collect();
    let mut fields = vec![
        PrintedField::place_of(&plan.event),
        PrintedField::district_of(&plan.event),
    ];
    fields.extend(PrintedField::itinerary_of(&plan));
    if which == PlanDocument::Programme {
        fields.extend(
            plan.stops
                .iter()
                .zip(&stop_names)
                .flat_map(|(s, name)| PrintedField::stop_fields(s, name)),
        );
    }
    fields.extend(
        plan.delegation
            .iter()
            .filter(|a| {
                which == PlanDocument::Invitations || a.invitation != Some(Invitation::Declined)
            })
            .map(|a| {
                PrintedField::position_of(a.person_id, &a.full_name, &a.position_kk, &a.position_ru)
            }),
    );
    Ok(missing_translations(fields, lang.langs()))
}

/// Renders the document and writes it to `path` (atomically).
pub fn save_plan_document(
    conn: &rusqlite::Connection,
    event_id: i64,
    which: PlanDocument,
    lang: ReportLang,
    path: &std::path::Path,
) -> Result<()> {
    save_plan_document_approved(conn, event_id, which, lang, false, path)
}

/// [`save_plan_document`] with the approval block when `approve`.
pub fn save_plan_document_approved(
    conn: &rusqlite::Connection,
    event_id: i64,
    which: PlanDocument,
    lang: ReportLang,
    approve: bool,
    path: &std::path::Path,
) -> Result<()> {
    let bytes = print_plan_approved(conn, event_id, which, lang, approve)?;
    crate::files::write_atomic(path, &bytes)
}
