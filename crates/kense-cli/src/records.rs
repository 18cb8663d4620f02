//! `kense events handover|speaker|initiative|proposal|equipment|photo …`
//! (an event's records, to add and list headless), `kense press-release`
//! (the draft as .txt or .docx) and `kense people show` (a person with the
//! IDs they received).

use clap::{Args, Subcommand, ValueEnum};
use kense_core::equipment::{self, EquipmentInput};
use kense_core::i18n::Translator;
use kense_core::id_handovers::{self, IdHandoverInput};
use kense_core::initiatives::{self, InitiativeInput};
use kense_core::kinds::{IdKind, ProposalStatus};
use kense_core::photos::{self, PhotoInput};
use kense_core::proposals::{self, ProposalInput};
use kense_core::speakers::{self, SpeakerInput};
use kense_core::{Error, Lang, Store, attendance, people, press};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::out::outln;
use crate::print_json;

/// The records of an event, by kind.
#[derive(Debug, Subcommand)]
pub enum RecordCommand {
    /// IDs handed over («Общественный помощник полиции» and others).
    #[command(subcommand)]
    Handover(HandoverCommand),
    /// Speakers and officials with their position on the day.
    #[command(subcommand)]
    Speaker(SpeakerCommand),
    /// Initiatives presented.
    #[command(subcommand)]
    Initiative(InitiativeCommand),
    /// Proposals drafted.
    #[command(subcommand)]
    Proposal(ProposalCommand),
    /// Equipment handed over.
    #[command(subcommand)]
    Equipment(EquipmentCommand),
    /// Photos (JPEG or PNG, kept inside the database).
    #[command(subcommand)]
    Photo(PhotoCommand),
    /// A participant's nomination or place («I орын» / «I место»), printed
    /// on their diploma under the title; empty texts clear it.
    Nominate {
        /// The event's id.
        event_id: i64,
        /// The person.
        #[arg(long)]
        person: i64,
        /// In Kazakh, e.g. «I орын», «Сала көшбасшысы».
        #[arg(long, default_value = "")]
        kk: String,
        /// In Russian, e.g. «I место», «Лидер отрасли».
        #[arg(long, default_value = "")]
        ru: String,
    },
}

/// An event and `--json`.
#[derive(Debug, Args)]
pub struct EventList {
    /// The event's id.
    event_id: i64,
    /// Print JSON.
    #[arg(long)]
    json: bool,
}

/// The kind of an ID on the command line.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum IdKindArg {
    /// «Общественный помощник полиции».
    PoliceAssistant,
    /// Another ID (name it with --kind-name).
    Other,
}

/// `kense events handover …`.
#[derive(Debug, Subcommand)]
pub enum HandoverCommand {
    /// Record that a person received an ID at an event.
    Add {
        /// The event's id.
        event_id: i64,
        /// The person's id.
        #[arg(long)]
        person: i64,
        /// The number the issuing body gave it.
        #[arg(long, default_value = "")]
        number: String,
        /// The issuing body.
        #[arg(long, default_value = "")]
        issuer: String,
        /// The kind.
        #[arg(long, value_enum, default_value = "police-assistant")]
        kind: IdKindArg,
        /// The name of an ID of kind other.
        #[arg(long, default_value = "")]
        kind_name: String,
        /// When (YYYY-MM-DD; default the event's day).
        #[arg(long)]
        date: Option<String>,
    },
    /// List the IDs handed over at an event.
    List(EventList),
}

/// `kense events speaker …`.
#[derive(Debug, Subcommand)]
pub enum SpeakerCommand {
    /// Add a speaker (a person of the registry or a name).
    Add {
        /// The event's id.
        event_id: i64,
        /// A person of the registry.
        #[arg(long, conflicts_with = "name", required_unless_present = "name")]
        person: Option<i64>,
        /// A name as written.
        #[arg(long)]
        name: Option<String>,
        /// Position in Kazakh, as said on the day.
        #[arg(long, default_value = "")]
        position_kk: String,
        /// Position in Russian, as said on the day.
        #[arg(long, default_value = "")]
        position_ru: String,
    },
    /// List an event's speakers.
    List(EventList),
}

/// `kense events initiative …`.
#[derive(Debug, Subcommand)]
pub enum InitiativeCommand {
    /// Add an initiative: a campaign, or a project's name.
    Add {
        /// The event's id.
        event_id: i64,
        /// A campaign's id.
        #[arg(long)]
        campaign: Option<i64>,
        /// The project's name in Kazakh.
        #[arg(long, default_value = "")]
        name_kk: String,
        /// The project's name in Russian.
        #[arg(long, default_value = "")]
        name_ru: String,
    },
    /// List an event's initiatives.
    List(EventList),
}

/// A proposal's status on the command line.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum StatusArg {
    /// Drafted.
    Drafted,
    /// Sent.
    Sent,
    /// Accepted.
    Accepted,
}

/// `kense events proposal …`.
#[derive(Debug, Subcommand)]
pub enum ProposalCommand {
    /// Add a proposal.
    Add {
        /// The event's id.
        event_id: i64,
        /// The proposal.
        #[arg(long)]
        text: String,
        /// To whom.
        #[arg(long, default_value = "")]
        addressee: String,
        /// Where it stands.
        #[arg(long, value_enum, default_value = "drafted")]
        status: StatusArg,
    },
    /// List an event's proposals.
    List(EventList),
}

/// `kense events equipment …`.
#[derive(Debug, Subcommand)]
pub enum EquipmentCommand {
    /// Record equipment handed over.
    Add {
        /// The event's id.
        event_id: i64,
        /// What.
        #[arg(long)]
        what: String,
        /// To how many people.
        #[arg(long)]
        recipients: i64,
    },
    /// List the equipment handed over at an event.
    List(EventList),
}

/// `kense events photo …`.
#[derive(Debug, Subcommand)]
pub enum PhotoCommand {
    /// Add a JPEG or PNG photo (at most 20 MB and 8000 pixels a side).
    Add {
        /// The event's id.
        event_id: i64,
        /// The photo file.
        file: PathBuf,
        /// Caption.
        #[arg(long, default_value = "")]
        caption: String,
        /// Who took it.
        #[arg(long, default_value = "")]
        credit: String,
        /// Choose it for the report and the press release.
        #[arg(long)]
        chosen: bool,
    },
    /// List an event's photos.
    List(EventList),
}

/// `kense press-release`.
#[derive(Debug, Args)]
pub struct PressArgs {
    /// The event's id.
    event_id: i64,
    /// Where to write: .txt (plain text) or .docx (with the chosen photos).
    #[arg(long, value_name = "FILE.txt|FILE.docx")]
    out: PathBuf,
}

fn added(t: &Translator, id: i64) -> ExitCode {
    outln!("{}", t.tr("cli-record-added", &[("id", &id.to_string())]));
    ExitCode::SUCCESS
}

/// Runs `kense events <record> …`.
pub fn run_record(db: &Path, t: &Translator, command: RecordCommand) -> Result<ExitCode, Error> {
    let store = Store::open(db)?;
    let conn = store.conn();
    let lang = t.lang();
    match command {
        RecordCommand::Nominate {
            event_id,
            person,
            kk,
            ru,
        } => {
            kense_core::attendance::set_nomination(conn, event_id, person, &kk, &ru)?;
            outln!("{}", t.tr("cli-nomination-set", &[]));
            Ok(ExitCode::SUCCESS)
        }
        RecordCommand::Handover(HandoverCommand::Add {
            event_id,
            person,
            number,
            issuer,
            kind,
            kind_name,
            date,
        }) => {
            let kind = match kind {
                IdKindArg::PoliceAssistant => IdKind::PoliceAssistant,
                IdKindArg::Other => IdKind::Other,
            };
            let id = id_handovers::insert_handover(
                conn,
                event_id,
                &IdHandoverInput {
                    person_id: person,
                    kind,
                    kind_other: kind_name,
                    number,
                    issuer,
                    handed_on: date,
                },
            )?;
            Ok(added(t, id))
        }
        RecordCommand::Handover(HandoverCommand::List(a)) => {
            let list = id_handovers::list_event_handovers(conn, a.event_id)?;
            if a.json {
                print_json(&list)?;
            }
            for h in list.iter().filter(|_| !a.json) {
                outln!(
                    "{:>6}  {}  {}  № {}  {}  {}",
                    h.id,
                    h.handed_on.as_deref().unwrap_or(""),
                    h.person_name,
                    h.number,
                    h.kind_name(lang),
                    h.issuer
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        RecordCommand::Speaker(SpeakerCommand::Add {
            event_id,
            person,
            name,
            position_kk,
            position_ru,
        }) => {
            let id = speakers::insert_speaker(
                conn,
                event_id,
                &SpeakerInput {
                    person_id: person,
                    name: name.unwrap_or_default(),
                    position_kk,
                    position_ru,
                },
            )?;
            Ok(added(t, id))
        }
        RecordCommand::Speaker(SpeakerCommand::List(a)) => {
            let list = speakers::list_speakers(conn, a.event_id)?;
            if a.json {
                print_json(&list)?;
            }
            for s in list.iter().filter(|_| !a.json) {
                outln!("{:>6}  {}  —  {}", s.id, s.name, s.position(lang));
            }
            Ok(ExitCode::SUCCESS)
        }
        RecordCommand::Initiative(InitiativeCommand::Add {
            event_id,
            campaign,
            name_kk,
            name_ru,
        }) => {
            let id = initiatives::insert_initiative(
                conn,
                event_id,
                &InitiativeInput {
                    campaign_id: campaign,
                    name_kk,
                    name_ru,
                },
            )?;
            Ok(added(t, id))
        }
        RecordCommand::Initiative(InitiativeCommand::List(a)) => {
            let list = initiatives::list_initiatives(conn, a.event_id)?;
            if a.json {
                print_json(&list)?;
            }
            for i in list.iter().filter(|_| !a.json) {
                outln!("{:>6}  {}", i.id, i.name(lang));
            }
            Ok(ExitCode::SUCCESS)
        }
        RecordCommand::Proposal(ProposalCommand::Add {
            event_id,
            text,
            addressee,
            status,
        }) => {
            let status = match status {
                StatusArg::Drafted => ProposalStatus::Drafted,
                StatusArg::Sent => ProposalStatus::Sent,
                StatusArg::Accepted => ProposalStatus::Accepted,
            };
            let id = proposals::insert_proposal(
                conn,
                event_id,
                &ProposalInput {
                    text,
                    addressee,
                    status,
                },
            )?;
            Ok(added(t, id))
        }
        RecordCommand::Proposal(ProposalCommand::List(a)) => {
            let list = proposals::list_proposals(conn, a.event_id)?;
            if a.json {
                print_json(&list)?;
            }
            for p in list.iter().filter(|_| !a.json) {
                let status = t.tr(&format!("proposal-status-{}", p.status), &[]);
                outln!("{:>6}  [{status}]  {}  →  {}", p.id, p.text, p.addressee);
            }
            Ok(ExitCode::SUCCESS)
        }
        RecordCommand::Equipment(EquipmentCommand::Add {
            event_id,
            what,
            recipients,
        }) => {
            let id =
                equipment::insert_equipment(conn, event_id, &EquipmentInput { what, recipients })?;
            Ok(added(t, id))
        }
        RecordCommand::Equipment(EquipmentCommand::List(a)) => {
            let list = equipment::list_equipment(conn, a.event_id)?;
            if a.json {
                print_json(&list)?;
            }
            for q in list.iter().filter(|_| !a.json) {
                outln!("{:>6}  {}  × {}", q.id, q.what, q.recipients);
            }
            Ok(ExitCode::SUCCESS)
        }
        RecordCommand::Photo(PhotoCommand::Add {
            event_id,
            file,
            caption,
            credit,
            chosen,
        }) => {
            let bytes = std::fs::read(&file).map_err(|source| Error::Io {
                path: file.clone(),
                source,
            })?;
            let id = photos::insert_photo(
                conn,
                event_id,
                &bytes,
                &PhotoInput {
                    caption,
                    credit,
                    chosen,
                },
            )?;
            Ok(added(t, id))
        }
        RecordCommand::Photo(PhotoCommand::List(a)) => {
            let list = photos::list_photos(conn, a.event_id, false)?;
            if a.json {
                print_json(&list)?;
            }
            for p in list.iter().filter(|_| !a.json) {
                outln!(
                    "{:>6}  {}×{}  {}{}  {}",
                    p.id,
                    p.width,
                    p.height,
                    if p.chosen { "★ " } else { "" },
                    p.caption,
                    if p.credit.is_empty() {
                        String::new()
                    } else {
                        format!("Фото: {}", p.credit)
                    }
                );
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// Runs `kense press-release`: the draft in the global --lang (kk or ru).
pub fn run_press(
    db: &Path,
    t: &Translator,
    lang: &str,
    args: PressArgs,
) -> Result<ExitCode, Error> {
    let lang: Lang = lang.parse()?;
    let store = Store::open(db)?;
    press::save_press_release(store.conn(), args.event_id, lang, &args.out)?;
    outln!(
        "{}",
        t.tr("cli-written", &[("path", &args.out.display().to_string())])
    );
    Ok(ExitCode::SUCCESS)
}

/// Runs `kense people show`: the person, their events and the IDs they
/// received.
pub fn run_person(
    db: &Path,
    t: &Translator,
    person_id: i64,
    json: bool,
) -> Result<ExitCode, Error> {
    let store = Store::open(db)?;
    let conn = store.conn();
    let person = people::get_person(conn, person_id)?;
    let ids = id_handovers::list_person_handovers(conn, person_id)?;
    let events = attendance::list_person_events(conn, person_id)?;
    if json {
        print_json(&serde_json::json!({ "person": person, "ids": ids, "events": events }))?;
        return Ok(ExitCode::SUCCESS);
    }
    let lang = t.lang();
    outln!("{}", person.full_name());
    let org = match lang {
        Lang::Kk => &person.organisation_kk,
        Lang::Ru => &person.organisation_ru,
    };
    for line in [org.as_str(), person.position(lang), person.phone.as_str()] {
        if !line.is_empty() {
            outln!("  {line}");
        }
    }
    if !ids.is_empty() {
        outln!("{}", t.tr("cli-person-ids", &[]));
        for h in &ids {
            outln!(
                "  {} № {}, {} — {} ({})",
                h.kind_name(lang),
                h.number,
                h.issuer,
                h.handed_on.as_deref().unwrap_or(""),
                match lang {
                    Lang::Kk => &h.event_title_kk,
                    Lang::Ru => &h.event_title_ru,
                }
            );
        }
    }
    if !events.is_empty() {
        outln!("{}", t.tr("cli-person-events", &[]));
        for e in &events {
            outln!(
                "  {}  {}",
                e.starts_at.replace('T', " "),
                match lang {
                    Lang::Kk => &e.title_kk,
                    Lang::Ru => &e.title_ru,
                }
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}
