//! TypeScript bindings for the UI, generated from the Rust types and the
//! command list: `ui/src/lib/ipc/generated.ts`.
//!
//! `cargo test -p kense-app bindings` fails when the committed file differs
//! from what the code generates; run it with `KENSE_UPDATE_BINDINGS=1` to
//! rewrite the file.

use crate::IpcError;
use crate::commands::backups::{BackupOverview, ChosenBackup, DatabaseFile, SavedBackup};
use crate::commands::documents::BatchTarget;
use crate::commands::hub::SavedPackage;
use crate::commands::{AppInfo, DemoCounts};
use crate::picked::{DroppedFiles, OpenKind, PickedFile, SaveFormat};
use kense_core::about::{About, Licence};
use kense_core::attendance::{AttendanceRow, PersonEvent};
use kense_core::audit::{AuditEntry, AuditKind};
use kense_core::backup::{BackupInfo, BackupReason, Contents, RestoreOutcome};
use kense_core::campaigns::{Campaign, CampaignInput};
use kense_core::categories::{Category, CategoryInput};
use kense_core::changelog::Change;
use kense_core::documents::issue::{BatchPreview, BatchRecipient, EarlierAward, IssueRequest};
use kense_core::documents::placeholders::PLACEHOLDERS;
use kense_core::documents::register::{IssuedDocument, RegisterFilter, VerifyResult};
use kense_core::documents::sheet::SheetRequest;
use kense_core::documents::templates::{Template, TemplateInput};
use kense_core::documents::translations::{MissingTranslation, TranslatedField, TranslatedRecord};
use kense_core::documents::{DocFormat, IssueOutcome};
use kense_core::equipment::{EquipmentHandover, EquipmentInput};
use kense_core::error::{FieldProblem, GlyphProblem};
use kense_core::events::{Event, EventFilter, EventInput};
use kense_core::export::registry::{ExportKind, PeopleExportOptions};
use kense_core::hub::status::SendStatus;
use kense_core::id_handovers::{IdHandover, IdHandoverInput};
use kense_core::import::registry::{ImportOutcome, ImportPreview};
use kense_core::import::{Field, ImportKind, Problem, TableFormat};
use kense_core::initiatives::{Initiative, InitiativeInput};
use kense_core::kinds::{
    DocKind, DocLang, DocStatus, EventKind, EventStatus, Gender, IdKind, Invitation, OrgKind,
    Orientation, ProposalStatus, Role, TemplateKind,
};
use kense_core::media::{MediaInput, MediaItem};
use kense_core::memoranda::{Memorandum, MemorandumInput};
use kense_core::office::{OfficeProfile, OfficeProfileInput};
use kense_core::organisations::{District, Organisation, OrganisationFilter, OrganisationInput};
use kense_core::people::{Person, PersonFilter, PersonInput, PersonSummary, PossibleDuplicate};
use kense_core::photos::{Photo, PhotoInput};
use kense_core::planning::conflicts::{OtherEvent, PlanWarning, StopRef};
use kense_core::planning::holidays::{Holiday, HolidayInput};
use kense_core::planning::ics::IcsScope;
use kense_core::planning::programme::PlanDocument;
use kense_core::planning::stops::{Stop, StopInput};
use kense_core::planning::{Calendar, CalendarEvent, HeldInput, Plan, PlanDetails};
use kense_core::privacy::EraseReport;
use kense_core::progress::Step;
use kense_core::proposals::{Proposal, ProposalInput};
use kense_core::report::records::{
    EventRecords, HandoverRow, InitiativeRow, ProposalRow, ReportPhoto,
};
use kense_core::report::{
    BucketUnit, CampaignColumn, CategoryReach, ChartBucket, Dashboard, DocumentCount, Figures,
    Indicator, IndicatorKey, KindCampaignTable, KindRow, MediaRow, MemorandumRow, PlanRow, Report,
    ReportEvent, ReportLang, ReportQuery,
};
use kense_core::search::{CampaignHit, SearchLimits, SearchResults};
use kense_core::signatories::{Signatory, SignatoryInput};
use kense_core::speakers::{Speaker, SpeakerInput};
use kense_core::{ErrorCode, FieldName, Invalid, Lang};
use kense_hub::push::Applied;
use kense_hub::report::{HubReport, OfficeReport};
use ts_rs::{Config, TS};

/// Where the generated file lives, relative to the workspace root.
pub const OUTPUT: &str = "ui/src/lib/ipc/generated.ts";

/// One command as the UI sees it (made by [`crate::commands!`]).
#[derive(Debug, Clone)]
pub struct Command {
    /// The Rust function name (what `invoke` sends).
    pub name: &'static str,
    /// Arguments in the handler's order.
    pub args: Vec<Arg>,
    /// The TypeScript type of the value on success.
    pub returns: String,
    /// One line for the JSDoc.
    pub doc: String,
}

/// One argument of a [`Command`].
#[derive(Debug, Clone)]
pub struct Arg {
    /// The Rust parameter name.
    pub name: &'static str,
    /// Its TypeScript type, as the binding declares it.
    pub ts: String,
    /// The same type written out (object types spelled, not named).
    pub inline: String,
}

impl Arg {
    /// The key the UI sends it under (camelCase, as Tauri expects it).
    pub fn key(&self) -> String {
        camel(self.name)
    }
}

impl Command {
    /// The argument names the UI sends, in order.
    pub fn arg_keys(&self) -> Vec<String> {
        self.args.iter().map(Arg::key).collect()
    }
}

/// The doc comment of a command on one line.
pub fn doc_line(lines: &[&str]) -> String {
    lines
        .iter()
        .map(|line| line.trim())
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
        .replace("*/", "* /")
}

fn ts<T: TS>(cfg: &Config) -> String {
    T::name(cfg)
}

fn decl<T: TS>(cfg: &Config) -> String {
    let docs = T::docs().unwrap_or_default();
    format!("{docs}export {}\n", T::decl(cfg))
}

/// Every command, with its argument and result types.
pub fn commands(cfg: &Config) -> Vec<Command> {
    crate::commands::bindings(cfg)
}

/// The config the generated file is made with: row ids and counts fit in a
/// JavaScript number.
pub fn config() -> Config {
    Config::new().with_large_int("number")
}

/// `snake_case` to `camelCase`, as Tauri names command arguments.
pub fn camel(name: &str) -> String {
    let mut out = String::new();
    let mut upper = false;
    for c in name.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// The full text of the generated TypeScript file.
pub fn generate() -> String {
    let cfg = config();
    let mut out = String::from(
        "// Generated from the Rust types by `KENSE_UPDATE_BINDINGS=1 cargo test -p kense-app bindings`.\n\
         // Do not edit: CI fails when this file differs from what the code generates.\n\n\
         import { invoke, type Channel } from \"@tauri-apps/api/core\";\n\n",
    );
    for declaration in [
        decl::<Lang>(&cfg),
        decl::<ErrorCode>(&cfg),
        decl::<Invalid>(&cfg),
        decl::<FieldName>(&cfg),
        decl::<IpcError>(&cfg),
        decl::<AppInfo>(&cfg),
        decl::<Licence>(&cfg),
        decl::<About>(&cfg),
        decl::<DemoCounts>(&cfg),
        decl::<OfficeProfile>(&cfg),
        decl::<OfficeProfileInput>(&cfg),
        decl::<Signatory>(&cfg),
        decl::<SignatoryInput>(&cfg),
        decl::<Campaign>(&cfg),
        decl::<CampaignInput>(&cfg),
        decl::<Gender>(&cfg),
        decl::<Role>(&cfg),
        decl::<OrgKind>(&cfg),
        decl::<EventKind>(&cfg),
        decl::<EventStatus>(&cfg),
        decl::<Invitation>(&cfg),
        decl::<Stop>(&cfg),
        decl::<StopInput>(&cfg),
        decl::<StopRef>(&cfg),
        decl::<OtherEvent>(&cfg),
        decl::<Holiday>(&cfg),
        decl::<HolidayInput>(&cfg),
        decl::<PlanWarning>(&cfg),
        decl::<Plan>(&cfg),
        decl::<PlanDetails>(&cfg),
        decl::<HeldInput>(&cfg),
        decl::<CalendarEvent>(&cfg),
        decl::<Calendar>(&cfg),
        decl::<PlanDocument>(&cfg),
        decl::<IcsScope>(&cfg),
        decl::<Change>(&cfg),
        decl::<Category>(&cfg),
        decl::<CategoryInput>(&cfg),
        decl::<Person>(&cfg),
        decl::<PersonInput>(&cfg),
        decl::<PersonSummary>(&cfg),
        decl::<PersonFilter>(&cfg),
        decl::<PossibleDuplicate>(&cfg),
        decl::<SearchLimits>(&cfg),
        decl::<CampaignHit>(&cfg),
        decl::<SearchResults>(&cfg),
        decl::<PersonEvent>(&cfg),
        decl::<Organisation>(&cfg),
        decl::<OrganisationInput>(&cfg),
        decl::<OrganisationFilter>(&cfg),
        decl::<District>(&cfg),
        decl::<Event>(&cfg),
        decl::<EventInput>(&cfg),
        decl::<EventFilter>(&cfg),
        decl::<AttendanceRow>(&cfg),
        decl::<MediaItem>(&cfg),
        decl::<MediaInput>(&cfg),
        decl::<Memorandum>(&cfg),
        decl::<MemorandumInput>(&cfg),
        decl::<ImportKind>(&cfg),
        decl::<Field>(&cfg),
        decl::<TableFormat>(&cfg),
        decl::<Problem>(&cfg),
        decl::<ImportPreview>(&cfg),
        decl::<ImportOutcome>(&cfg),
        decl::<ExportKind>(&cfg),
        decl::<PeopleExportOptions>(&cfg),
        decl::<AuditKind>(&cfg),
        decl::<AuditEntry>(&cfg),
        decl::<EraseReport>(&cfg),
        decl::<GlyphProblem>(&cfg),
        decl::<FieldProblem>(&cfg),
        decl::<TemplateKind>(&cfg),
        decl::<DocKind>(&cfg),
        decl::<DocLang>(&cfg),
        decl::<DocStatus>(&cfg),
        decl::<Orientation>(&cfg),
        decl::<Template>(&cfg),
        decl::<TemplateInput>(&cfg),
        decl::<IssueRequest>(&cfg),
        decl::<EarlierAward>(&cfg),
        decl::<BatchRecipient>(&cfg),
        decl::<TranslatedRecord>(&cfg),
        decl::<TranslatedField>(&cfg),
        decl::<MissingTranslation>(&cfg),
        decl::<BatchPreview>(&cfg),
        decl::<SaveFormat>(&cfg),
        decl::<OpenKind>(&cfg),
        decl::<PickedFile>(&cfg),
        decl::<DroppedFiles>(&cfg),
        decl::<BatchTarget>(&cfg),
        decl::<DocFormat>(&cfg),
        decl::<IssueOutcome>(&cfg),
        decl::<IssuedDocument>(&cfg),
        decl::<RegisterFilter>(&cfg),
        decl::<VerifyResult>(&cfg),
        decl::<SheetRequest>(&cfg),
        decl::<ReportQuery>(&cfg),
        decl::<Figures>(&cfg),
        decl::<IndicatorKey>(&cfg),
        decl::<Indicator>(&cfg),
        decl::<CampaignColumn>(&cfg),
        decl::<KindRow>(&cfg),
        decl::<KindCampaignTable>(&cfg),
        decl::<CategoryReach>(&cfg),
        decl::<DocumentCount>(&cfg),
        decl::<MediaRow>(&cfg),
        decl::<MemorandumRow>(&cfg),
        decl::<PlanRow>(&cfg),
        decl::<ReportEvent>(&cfg),
        decl::<BucketUnit>(&cfg),
        decl::<ChartBucket>(&cfg),
        decl::<IdKind>(&cfg),
        decl::<ProposalStatus>(&cfg),
        decl::<HandoverRow>(&cfg),
        decl::<InitiativeRow>(&cfg),
        decl::<ProposalRow>(&cfg),
        decl::<ReportPhoto>(&cfg),
        decl::<EventRecords>(&cfg),
        decl::<Speaker>(&cfg),
        decl::<SpeakerInput>(&cfg),
        decl::<Initiative>(&cfg),
        decl::<InitiativeInput>(&cfg),
        decl::<Proposal>(&cfg),
        decl::<ProposalInput>(&cfg),
        decl::<EquipmentHandover>(&cfg),
        decl::<EquipmentInput>(&cfg),
        decl::<IdHandover>(&cfg),
        decl::<IdHandoverInput>(&cfg),
        decl::<Photo>(&cfg),
        decl::<PhotoInput>(&cfg),
        decl::<BackupReason>(&cfg),
        decl::<Contents>(&cfg),
        decl::<BackupInfo>(&cfg),
        decl::<RestoreOutcome>(&cfg),
        decl::<DatabaseFile>(&cfg),
        decl::<BackupOverview>(&cfg),
        decl::<ChosenBackup>(&cfg),
        decl::<SavedBackup>(&cfg),
        decl::<Report>(&cfg),
        decl::<Dashboard>(&cfg),
        decl::<ReportLang>(&cfg),
        decl::<SendStatus>(&cfg),
        decl::<SavedPackage>(&cfg),
        decl::<Applied>(&cfg),
        decl::<OfficeReport>(&cfg),
        decl::<HubReport>(&cfg),
        decl::<Step>(&cfg),
    ] {
        out.push_str(&declaration);
        out.push('\n');
    }
    out.push_str("/** Every command, typed. A failed call rejects with an {@link IpcError}. */\n");
    out.push_str("export const commands = {\n");
    for command in commands(&cfg) {
        let params: Vec<String> = command
            .args
            .iter()
            .map(|arg| format!("{}: {}", arg.key(), arg.ts))
            .collect();
        let payload = if command.args.is_empty() {
            String::new()
        } else {
            format!(", {{ {} }}", command.arg_keys().join(", "))
        };
        out.push_str(&format!(
            "  /** {} */\n  {}: ({}): Promise<{}> => invoke(\"{}\"{}),\n",
            command.doc,
            camel(command.name),
            params.join(", "),
            command.returns,
            command.name,
            payload
        ));
    }
    out.push_str("};\n\n/** The command names, for tests. */\nexport const commandNames = [\n");
    for command in commands(&cfg) {
        out.push_str(&format!("  \"{}\",\n", command.name));
    }
    out.push_str("] as const;\n");
    out.push_str(&value_lists(&cfg));
    out
}

/// `export const NAME: readonly Type[] = [...]`: a vocabulary's values in
/// display order, from its Rust `ALL`.
fn value_list<T: TS + Copy>(
    cfg: &Config,
    name: &str,
    all: &[T],
    text: fn(T) -> &'static str,
) -> String {
    let values: Vec<String> = all.iter().map(|v| format!("\"{}\"", text(*v))).collect();
    format!(
        "\n/** Every {ty}, in display order (kense-core). */\nexport const {name}: readonly {ty}[] = [{}];\n",
        values.join(", "),
        ty = ts::<T>(cfg),
    )
}

/// The closed vocabularies and the template placeholders, so the UI never
/// keeps a copy of its own.
fn value_lists(cfg: &Config) -> String {
    let mut out = String::new();
    out.push_str(&value_list(cfg, "GENDERS", Gender::ALL, Gender::as_str));
    out.push_str(&value_list(cfg, "ROLES", Role::ALL, Role::as_str));
    out.push_str(&value_list(cfg, "ORG_KINDS", OrgKind::ALL, OrgKind::as_str));
    out.push_str(&value_list(
        cfg,
        "EVENT_KINDS",
        EventKind::ALL,
        EventKind::as_str,
    ));
    out.push_str(&value_list(
        cfg,
        "EVENT_STATUSES",
        EventStatus::ALL,
        EventStatus::as_str,
    ));
    out.push_str(&value_list(
        cfg,
        "INVITATIONS",
        Invitation::ALL,
        Invitation::as_str,
    ));
    out.push_str(&value_list(
        cfg,
        "TEMPLATE_KINDS",
        TemplateKind::ALL,
        TemplateKind::as_str,
    ));
    out.push_str(&value_list(cfg, "DOC_KINDS", DocKind::ALL, DocKind::as_str));
    out.push_str(&value_list(cfg, "DOC_LANGS", DocLang::ALL, DocLang::as_str));
    out.push_str(&value_list(
        cfg,
        "DOC_STATUSES",
        DocStatus::ALL,
        DocStatus::as_str,
    ));
    out.push_str(&value_list(
        cfg,
        "ORIENTATIONS",
        Orientation::ALL,
        Orientation::as_str,
    ));
    out.push_str(&value_list(cfg, "ID_KINDS", IdKind::ALL, IdKind::as_str));
    out.push_str(&value_list(
        cfg,
        "PROPOSAL_STATUSES",
        ProposalStatus::ALL,
        ProposalStatus::as_str,
    ));
    out.push_str(&value_list(
        cfg,
        "INVALID_REASONS",
        Invalid::ALL,
        Invalid::as_str,
    ));
    out.push_str(&value_list(
        cfg,
        "FIELD_NAMES",
        FieldName::ALL,
        FieldName::as_str,
    ));
    let names: Vec<String> = PLACEHOLDERS.iter().map(|p| format!("\"{p}\"")).collect();
    out.push_str(&format!(
        "\n/** The placeholders templates know, in the order the editor offers them (kense-core). */\nexport const PLACEHOLDERS = [{}] as const;\n",
        names.join(", ")
    ));
    out
}

/// The command names listed for the UI.
pub fn command_names() -> Vec<&'static str> {
    commands(&config()).into_iter().map(|c| c.name).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn output_path() -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("..")
            .join(OUTPUT)
    }

    #[test]
    fn bindings_match_the_committed_file() {
        let generated = generate();
        let path = output_path();
        if std::env::var_os("KENSE_UPDATE_BINDINGS").is_some() {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            kense_core::files::write_atomic(&path, generated.as_bytes()).unwrap();
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == generated,
            "{} is out of date: run `KENSE_UPDATE_BINDINGS=1 cargo test -p kense-app bindings` and commit it",
            path.display()
        );
    }

    #[test]
    fn large_ints_are_numbers_not_bigints() {
        let text = generate();
        assert!(!text.contains("bigint"), "{text}");
        assert!(
            text.contains("export type Lang = \"kk\" | \"ru\";"),
            "{text}"
        );
    }

    #[test]
    fn camel_case_names() {
        assert_eq!(camel("get_office_profile"), "getOfficeProfile");
        assert_eq!(camel("id"), "id");
    }
}
