//! TypeScript bindings for the UI, generated from the Rust types and the
//! command list: `ui/src/lib/ipc/generated.ts`.
//!
//! `cargo test -p kense-app bindings` fails when the committed file differs
//! from what the code generates; run it with `KENSE_UPDATE_BINDINGS=1` to
//! rewrite the file.

use crate::IpcError;
use crate::commands::{AppInfo, DemoCounts};
use kense_core::about::{About, Licence};
use kense_core::attendance::{AttendanceRow, PersonEvent};
use kense_core::audit::{AuditEntry, AuditKind};
use kense_core::campaigns::{Campaign, CampaignInput};
use kense_core::categories::{Category, CategoryInput};
use kense_core::changelog::Change;
use kense_core::documents::issue::{BatchPreview, BatchRecipient, EarlierAward, IssueRequest};
use kense_core::documents::placeholders::PLACEHOLDERS;
use kense_core::documents::register::{IssuedDocument, RegisterFilter, VerifyResult};
use kense_core::documents::sheet::SheetRequest;
use kense_core::documents::templates::{Template, TemplateInput};
use kense_core::documents::{BatchOutput, IssueOutcome};
use kense_core::error::GlyphProblem;
use kense_core::events::{Event, EventFilter, EventInput};
use kense_core::import::{Field, ImportKind, Problem, TableFormat};
use kense_core::kinds::{
    DocKind, DocLang, DocStatus, EventKind, EventStatus, Gender, Invitation, OrgKind, Orientation,
    Role, TemplateKind,
};
use kense_core::media::{MediaInput, MediaItem};
use kense_core::memoranda::{Memorandum, MemorandumInput};
use kense_core::office::{OfficeProfile, OfficeProfileInput};
use kense_core::organisations::{Organisation, OrganisationFilter, OrganisationInput};
use kense_core::people::{Person, PersonFilter, PersonInput, PersonSummary, PossibleDuplicate};
use kense_core::planning::conflicts::{OtherEvent, PlanWarning, StopRef};
use kense_core::planning::holidays::{Holiday, HolidayInput};
use kense_core::planning::ics_export::IcsScope;
use kense_core::planning::programme::PlanDocument;
use kense_core::planning::stops::{Stop, StopInput};
use kense_core::planning::{Calendar, CalendarEvent, HeldInput, Plan, PlanDetails};
use kense_core::privacy::EraseReport;
use kense_core::registry_export::{ExportKind, PeopleExportOptions};
use kense_core::registry_import::{ImportOutcome, ImportPreview};
use kense_core::report::{
    BucketUnit, CampaignColumn, CategoryReach, ChartBucket, Dashboard, DocumentCount, Figures,
    Indicator, IndicatorKey, KindCampaignTable, KindRow, MediaRow, MemorandumRow, PlanRow, Report,
    ReportEvent, ReportLang, ReportQuery,
};
use kense_core::signatories::{Signatory, SignatoryInput};
use kense_core::validate::Reason;
use kense_core::{ErrorCode, Invalid, Lang};
use ts_rs::{Config, TS};

/// Where the generated file lives, relative to the workspace root.
pub const OUTPUT: &str = "ui/src/lib/ipc/generated.ts";

/// One command as the UI sees it.
struct Command {
    /// The Rust function name (what `invoke` sends).
    name: &'static str,
    /// Arguments: (name as sent, TypeScript type).
    args: Vec<(&'static str, String)>,
    /// The TypeScript type of the value on success.
    returns: String,
    /// One line for the JSDoc.
    doc: &'static str,
}

fn ts<T: TS>(cfg: &Config) -> String {
    T::name(cfg)
}

fn decl<T: TS>(cfg: &Config) -> String {
    let docs = T::docs().unwrap_or_default();
    format!("{docs}export {}\n", T::decl(cfg))
}

fn cmd(
    name: &'static str,
    doc: &'static str,
    args: Vec<(&'static str, String)>,
    returns: String,
) -> Command {
    Command {
        name,
        args,
        returns,
        doc,
    }
}

fn list<T: TS>(cfg: &Config) -> String {
    format!("{}[]", ts::<T>(cfg))
}

/// Every command of [`crate::with_commands`], with its argument and return
/// types. The IPC tests keep the two in step.
fn commands(cfg: &Config) -> Vec<Command> {
    let id = || ("id", "number".to_owned());
    let event_id = || ("event_id", "number".to_owned());
    let unit = || "null".to_owned();
    let number = || "number".to_owned();
    let pdf = || "ArrayBuffer".to_owned();
    vec![
        cmd(
            "app_info",
            "Version, database path, language and any error opening the database.",
            vec![],
            ts::<AppInfo>(cfg),
        ),
        cmd(
            "about_info",
            "The version, where the data is, and the licences of the fonts and main libraries.",
            vec![],
            ts::<About>(cfg),
        ),
        cmd(
            "set_language",
            "Remembers the UI language.",
            vec![("language", ts::<Lang>(cfg))],
            unit(),
        ),
        cmd(
            "get_office_profile",
            "The office profile.",
            vec![],
            ts::<OfficeProfile>(cfg),
        ),
        cmd(
            "update_office_profile",
            "Saves the office profile.",
            vec![("profile", ts::<OfficeProfileInput>(cfg))],
            ts::<OfficeProfile>(cfg),
        ),
        cmd(
            "list_signatories",
            "The signatories.",
            vec![],
            list::<Signatory>(cfg),
        ),
        cmd(
            "save_signatory",
            "Adds or edits a signatory.",
            vec![("signatory", ts::<SignatoryInput>(cfg))],
            ts::<Signatory>(cfg),
        ),
        cmd(
            "delete_signatory",
            "Deletes a signatory.",
            vec![id()],
            unit(),
        ),
        cmd(
            "list_campaigns",
            "The campaigns and initiatives.",
            vec![],
            list::<Campaign>(cfg),
        ),
        cmd(
            "save_campaign",
            "Adds or edits a campaign; returns its id.",
            vec![("campaign", ts::<CampaignInput>(cfg))],
            "number".to_owned(),
        ),
        cmd(
            "list_changes",
            "The latest changes of one row (entity person, organisation, event…), newest first; of everything when entity is null.",
            vec![
                ("entity", "string | null".to_owned()),
                ("id", "number | null".to_owned()),
                ("limit", "number".to_owned()),
            ],
            list::<Change>(cfg),
        ),
        cmd(
            "fill_demo",
            "Fills the demo office into an empty registry; returns the counts.",
            vec![],
            ts::<DemoCounts>(cfg),
        ),
        // People and categories
        cmd(
            "list_people",
            "People matching a search and filters, in Kazakh alphabet order.",
            vec![("filter", ts::<PersonFilter>(cfg))],
            list::<PersonSummary>(cfg),
        ),
        cmd("get_person", "One person.", vec![id()], ts::<Person>(cfg)),
        cmd(
            "create_person",
            "Adds a person.",
            vec![("person", ts::<PersonInput>(cfg))],
            ts::<Person>(cfg),
        ),
        cmd(
            "update_person",
            "Saves a person.",
            vec![id(), ("person", ts::<PersonInput>(cfg))],
            ts::<Person>(cfg),
        ),
        cmd(
            "find_person_duplicates",
            "Existing people who may be the one being entered.",
            vec![
                ("person", ts::<PersonInput>(cfg)),
                ("except", "number | null".to_owned()),
            ],
            list::<PossibleDuplicate>(cfg),
        ),
        cmd(
            "delete_person",
            "Deletes a person (undo with restore).",
            vec![id()],
            unit(),
        ),
        cmd(
            "reveal_person_iin",
            "A person's IIN in full, when the user asks to see it on their page.",
            vec![id()],
            "string".to_owned(),
        ),
        cmd(
            "erase_person",
            "Erases a person's personal data for good (documents keep the printed name).",
            vec![id()],
            ts::<EraseReport>(cfg),
        ),
        cmd(
            "list_audit",
            "The audit trail of operations that took personal data out, newest first.",
            vec![("limit", "number".to_owned())],
            list::<AuditEntry>(cfg),
        ),
        cmd(
            "restore_person",
            "Brings back a deleted person.",
            vec![id()],
            unit(),
        ),
        cmd(
            "list_person_events",
            "A person's events, newest first.",
            vec![id()],
            list::<PersonEvent>(cfg),
        ),
        cmd(
            "list_categories",
            "The categories of people.",
            vec![],
            list::<Category>(cfg),
        ),
        cmd(
            "save_category",
            "Adds or renames a category; returns its id.",
            vec![("category", ts::<CategoryInput>(cfg))],
            number(),
        ),
        // Organisations
        cmd(
            "list_organisations",
            "Organisations matching a search and filters.",
            vec![("filter", ts::<OrganisationFilter>(cfg))],
            list::<Organisation>(cfg),
        ),
        cmd(
            "get_organisation",
            "One organisation.",
            vec![id()],
            ts::<Organisation>(cfg),
        ),
        cmd(
            "create_organisation",
            "Adds an organisation.",
            vec![("organisation", ts::<OrganisationInput>(cfg))],
            ts::<Organisation>(cfg),
        ),
        cmd(
            "update_organisation",
            "Saves an organisation.",
            vec![id(), ("organisation", ts::<OrganisationInput>(cfg))],
            ts::<Organisation>(cfg),
        ),
        cmd(
            "delete_organisation",
            "Deletes an organisation (undo with restore).",
            vec![id()],
            unit(),
        ),
        cmd(
            "restore_organisation",
            "Brings back a deleted organisation.",
            vec![id()],
            unit(),
        ),
        cmd(
            "list_districts",
            "Districts in use, for filters.",
            vec![],
            "string[]".to_owned(),
        ),
        // Events
        cmd(
            "list_events",
            "Events matching the filters, by start time.",
            vec![("filter", ts::<EventFilter>(cfg))],
            list::<Event>(cfg),
        ),
        cmd("get_event", "One event.", vec![id()], ts::<Event>(cfg)),
        cmd(
            "create_event",
            "Adds an event.",
            vec![("event", ts::<EventInput>(cfg))],
            ts::<Event>(cfg),
        ),
        cmd(
            "update_event",
            "Saves an event.",
            vec![id(), ("event", ts::<EventInput>(cfg))],
            ts::<Event>(cfg),
        ),
        cmd(
            "delete_event",
            "Deletes an event (undo with restore).",
            vec![id()],
            unit(),
        ),
        cmd(
            "restore_event",
            "Brings back a deleted event.",
            vec![id()],
            unit(),
        ),
        cmd(
            "list_event_attendance",
            "The people of an event.",
            vec![event_id()],
            list::<AttendanceRow>(cfg),
        ),
        cmd(
            "add_attendance",
            "Adds people to an event; returns how many were new.",
            vec![
                event_id(),
                ("person_ids", "number[]".to_owned()),
                ("role", ts::<Role>(cfg)),
            ],
            number(),
        ),
        cmd(
            "add_attendance_by_category",
            "Adds everyone in a category to an event.",
            vec![
                event_id(),
                ("category_id", number()),
                ("role", ts::<Role>(cfg)),
            ],
            number(),
        ),
        cmd(
            "add_attendance_by_organisation",
            "Adds everyone of an organisation to an event.",
            vec![
                event_id(),
                ("organisation_id", number()),
                ("role", ts::<Role>(cfg)),
            ],
            number(),
        ),
        cmd(
            "set_attendance_present",
            "Ticks or unticks a person as present.",
            vec![
                ("attendance_id", number()),
                ("present", "boolean".to_owned()),
            ],
            unit(),
        ),
        cmd(
            "remove_attendance",
            "Removes a person from an event.",
            vec![("attendance_id", number())],
            unit(),
        ),
        cmd(
            "list_media",
            "The publications about an event.",
            vec![event_id()],
            list::<MediaItem>(cfg),
        ),
        cmd(
            "add_media",
            "Adds a publication to an event; returns its id.",
            vec![event_id(), ("media", ts::<MediaInput>(cfg))],
            number(),
        ),
        cmd(
            "update_media",
            "Saves a publication.",
            vec![id(), ("media", ts::<MediaInput>(cfg))],
            unit(),
        ),
        cmd("delete_media", "Deletes a publication.", vec![id()], unit()),
        cmd(
            "list_memoranda",
            "The memoranda of an event.",
            vec![event_id()],
            list::<Memorandum>(cfg),
        ),
        cmd(
            "add_memorandum",
            "Adds a memorandum to an event; returns its id.",
            vec![event_id(), ("memorandum", ts::<MemorandumInput>(cfg))],
            number(),
        ),
        cmd(
            "delete_memorandum",
            "Deletes a memorandum.",
            vec![id()],
            unit(),
        ),
        // Files
        cmd(
            "preview_import_file",
            "Reads a CSV or Excel file and validates every row; writes nothing.",
            vec![
                ("path", "string".to_owned()),
                ("kind", ts::<ImportKind>(cfg)),
                ("mapping", format!("({} | null)[] | null", ts::<Field>(cfg))),
            ],
            ts::<ImportPreview>(cfg),
        ),
        cmd(
            "commit_import_file",
            "Imports a file in one transaction (all valid rows, or nothing); with eventId also adds the people to that event.",
            vec![
                ("path", "string".to_owned()),
                ("kind", ts::<ImportKind>(cfg)),
                ("mapping", format!("({} | null)[] | null", ts::<Field>(cfg))),
                ("skip_invalid", "boolean".to_owned()),
                ("event_id", "number | null".to_owned()),
            ],
            ts::<ImportOutcome>(cfg),
        ),
        cmd(
            "export_registry",
            "Writes people, organisations or events to a .csv or .xlsx file (people without IINs unless asked); audited.",
            vec![
                ("kind", ts::<ExportKind>(cfg)),
                ("path", "string".to_owned()),
                ("language", ts::<Lang>(cfg)),
                ("filter", format!("{} | null", ts::<EventFilter>(cfg))),
                (
                    "people",
                    format!("{} | null", ts::<PeopleExportOptions>(cfg)),
                ),
            ],
            unit(),
        ),
        // Documents
        cmd(
            "list_templates",
            "The document templates, by kind.",
            vec![],
            list::<Template>(cfg),
        ),
        cmd(
            "save_template",
            "Creates or saves a template (unknown placeholders are refused).",
            vec![("template", ts::<TemplateInput>(cfg))],
            ts::<Template>(cfg),
        ),
        cmd(
            "duplicate_template",
            "Copies a template under a new name.",
            vec![id(), ("name", "string".to_owned())],
            ts::<Template>(cfg),
        ),
        cmd(
            "delete_template",
            "Deletes a template that is not built in.",
            vec![id()],
            unit(),
        ),
        cmd(
            "set_template_logo",
            "Gives a template its own PNG/JPEG logo from a file, or removes it (null).",
            vec![id(), ("path", "string | null".to_owned())],
            unit(),
        ),
        cmd(
            "preview_template",
            "A sample PDF of a template being edited; nothing is saved.",
            vec![
                ("template", ts::<TemplateInput>(cfg)),
                ("lang", ts::<DocLang>(cfg)),
            ],
            pdf(),
        ),
        cmd(
            "preview_batch_documents",
            "Who a batch would issue to, their earlier awards, and missing glyphs.",
            vec![("request", ts::<IssueRequest>(cfg))],
            ts::<BatchPreview>(cfg),
        ),
        cmd(
            "issue_documents",
            "Issues a batch into the register and writes its PDF(s).",
            vec![
                ("request", ts::<IssueRequest>(cfg)),
                ("output", ts::<BatchOutput>(cfg)),
            ],
            ts::<IssueOutcome>(cfg),
        ),
        cmd(
            "list_documents",
            "Register rows matching the filter.",
            vec![("filter", ts::<RegisterFilter>(cfg))],
            list::<IssuedDocument>(cfg),
        ),
        cmd(
            "render_document",
            "One register entry printed again, as PDF bytes.",
            vec![id()],
            pdf(),
        ),
        cmd(
            "save_document",
            "Writes one register entry's PDF to a file.",
            vec![id(), ("path", "string".to_owned())],
            unit(),
        ),
        cmd(
            "void_document",
            "Marks a document spoiled or revoked, with the reason.",
            vec![
                id(),
                ("status", ts::<DocStatus>(cfg)),
                ("reason", "string".to_owned()),
            ],
            ts::<IssuedDocument>(cfg),
        ),
        cmd(
            "reissue_document",
            "Issues a replacement under a new number; returns the new entry.",
            vec![id(), ("reason", "string".to_owned())],
            ts::<IssuedDocument>(cfg),
        ),
        cmd(
            "verify_document_code",
            "Checks a verification code (or scanned QR text) against the register.",
            vec![("code", "string".to_owned())],
            ts::<VerifyResult>(cfg),
        ),
        cmd(
            "export_register",
            "Writes the register as a journal: .pdf, .csv or .xlsx by the extension.",
            vec![
                ("filter", ts::<RegisterFilter>(cfg)),
                ("path", "string".to_owned()),
                ("language", ts::<Lang>(cfg)),
            ],
            unit(),
        ),
        cmd(
            "get_dashboard",
            "This month against the previous one, and the next planned events.",
            vec![],
            ts::<Dashboard>(cfg),
        ),
        cmd(
            "get_report",
            "The report of a period with its filters.",
            vec![("query", ts::<ReportQuery>(cfg))],
            ts::<Report>(cfg),
        ),
        cmd(
            "save_report_pdf",
            "Writes the report of a period as a PDF (Kazakh, Russian or both).",
            vec![
                ("query", ts::<ReportQuery>(cfg)),
                ("path", "string".to_owned()),
                ("language", ts::<ReportLang>(cfg)),
            ],
            unit(),
        ),
        cmd(
            "save_report_xlsx",
            "Writes the report of a period as an XLSX workbook.",
            vec![
                ("query", ts::<ReportQuery>(cfg)),
                ("path", "string".to_owned()),
                ("language", ts::<Lang>(cfg)),
            ],
            unit(),
        ),
        // Planning
        cmd(
            "get_calendar",
            "Events and public holidays from filter.from to filter.to.",
            vec![("filter", ts::<EventFilter>(cfg))],
            ts::<Calendar>(cfg),
        ),
        cmd(
            "move_event",
            "Moves an event (and its stops) to a new start, keeping its length.",
            vec![id(), ("starts_at", "string".to_owned())],
            ts::<Event>(cfg),
        ),
        cmd(
            "get_plan",
            "The plan of an event: itinerary, delegation, warnings.",
            vec![event_id()],
            ts::<Plan>(cfg),
        ),
        cmd(
            "save_plan_details",
            "Saves the meeting point and transport.",
            vec![event_id(), ("details", ts::<PlanDetails>(cfg))],
            ts::<Plan>(cfg),
        ),
        cmd(
            "add_stop",
            "Adds a stop at the end of the itinerary.",
            vec![event_id(), ("stop", ts::<StopInput>(cfg))],
            ts::<Plan>(cfg),
        ),
        cmd(
            "update_stop",
            "Saves a stop.",
            vec![id(), ("stop", ts::<StopInput>(cfg))],
            ts::<Plan>(cfg),
        ),
        cmd(
            "delete_stop",
            "Removes a stop.",
            vec![id()],
            ts::<Plan>(cfg),
        ),
        cmd(
            "reorder_stops",
            "Puts the stops in a new order (every stop id once).",
            vec![event_id(), ("ids", "number[]".to_owned())],
            ts::<Plan>(cfg),
        ),
        cmd(
            "invite_people",
            "Invites people to the event in a role.",
            vec![
                event_id(),
                ("person_ids", "number[]".to_owned()),
                ("role", ts::<Role>(cfg)),
            ],
            ts::<Plan>(cfg),
        ),
        cmd(
            "set_invitation",
            "Records a delegation member's answer.",
            vec![
                event_id(),
                ("attendance_id", number()),
                ("invitation", ts::<Invitation>(cfg)),
            ],
            ts::<Plan>(cfg),
        ),
        cmd(
            "mark_event_held",
            "Marks the event held with who of the delegation came and the headcount.",
            vec![event_id(), ("held", ts::<HeldInput>(cfg))],
            ts::<Event>(cfg),
        ),
        cmd(
            "list_sheet_lines",
            "The sign-in sheet's lines in printed order (for keying it back).",
            vec![event_id(), ("role", format!("{} | null", ts::<Role>(cfg)))],
            list::<AttendanceRow>(cfg),
        ),
        cmd(
            "set_person_present",
            "Ticks or unticks a person at an event (every role they have there).",
            vec![
                event_id(),
                ("person_id", number()),
                ("present", "boolean".to_owned()),
            ],
            unit(),
        ),
        cmd(
            "render_plan_document",
            "The programme or invitation list as PDF bytes.",
            vec![
                event_id(),
                ("which", ts::<PlanDocument>(cfg)),
                ("language", ts::<ReportLang>(cfg)),
            ],
            pdf(),
        ),
        cmd(
            "save_plan_document",
            "Writes the programme or invitation list as a PDF file.",
            vec![
                event_id(),
                ("which", ts::<PlanDocument>(cfg)),
                ("language", ts::<ReportLang>(cfg)),
                ("path", "string".to_owned()),
            ],
            unit(),
        ),
        cmd(
            "save_ics",
            "Writes an event or a month as an .ics calendar file.",
            vec![
                ("scope", ts::<IcsScope>(cfg)),
                ("language", ts::<Lang>(cfg)),
                ("path", "string".to_owned()),
            ],
            unit(),
        ),
        cmd(
            "list_holidays",
            "The public holidays of a year (built-in list with the office's edits).",
            vec![("year", number())],
            list::<Holiday>(cfg),
        ),
        cmd(
            "save_holiday",
            "Adds or renames a holiday.",
            vec![("holiday", ts::<HolidayInput>(cfg))],
            ts::<Holiday>(cfg),
        ),
        cmd(
            "remove_holiday",
            "Takes a day out of the holidays.",
            vec![("day", "string".to_owned())],
            unit(),
        ),
        cmd(
            "reset_holidays",
            "Forgets the office's edits of a year; returns how many there were.",
            vec![("year", number())],
            number(),
        ),
        cmd(
            "render_event_sheet",
            "An event's sign-in sheet as PDF bytes.",
            vec![("request", ts::<SheetRequest>(cfg))],
            pdf(),
        ),
        cmd(
            "save_event_sheet",
            "Writes an event's sign-in sheet to a file.",
            vec![
                ("request", ts::<SheetRequest>(cfg)),
                ("path", "string".to_owned()),
            ],
            unit(),
        ),
        cmd(
            "open_file",
            "Opens a file in the system's viewer.",
            vec![("path", "string".to_owned())],
            unit(),
        ),
        cmd(
            "reveal_file",
            "Shows a file in its folder.",
            vec![("path", "string".to_owned())],
            unit(),
        ),
    ]
}

fn camel(name: &str) -> String {
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
    // Row ids and counts fit in a JavaScript number.
    let cfg = Config::new().with_large_int("number");
    let mut out = String::from(
        "// Generated from the Rust types by `KENSE_UPDATE_BINDINGS=1 cargo test -p kense-app bindings`.\n\
         // Do not edit: CI fails when this file differs from what the code generates.\n\n\
         import { invoke } from \"@tauri-apps/api/core\";\n\n",
    );
    for declaration in [
        decl::<Lang>(&cfg),
        decl::<ErrorCode>(&cfg),
        decl::<Invalid>(&cfg),
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
        decl::<PersonEvent>(&cfg),
        decl::<Organisation>(&cfg),
        decl::<OrganisationInput>(&cfg),
        decl::<OrganisationFilter>(&cfg),
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
        decl::<Reason>(&cfg),
        decl::<Problem>(&cfg),
        decl::<ImportPreview>(&cfg),
        decl::<ImportOutcome>(&cfg),
        decl::<ExportKind>(&cfg),
        decl::<PeopleExportOptions>(&cfg),
        decl::<AuditKind>(&cfg),
        decl::<AuditEntry>(&cfg),
        decl::<EraseReport>(&cfg),
        decl::<GlyphProblem>(&cfg),
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
        decl::<BatchPreview>(&cfg),
        decl::<BatchOutput>(&cfg),
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
        decl::<Report>(&cfg),
        decl::<Dashboard>(&cfg),
        decl::<ReportLang>(&cfg),
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
            .map(|(name, ty)| format!("{}: {ty}", camel(name)))
            .collect();
        let payload = if command.args.is_empty() {
            String::new()
        } else {
            let names: Vec<String> = command.args.iter().map(|(n, _)| camel(n)).collect();
            format!(", {{ {} }}", names.join(", "))
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
    let names: Vec<String> = PLACEHOLDERS.iter().map(|p| format!("\"{p}\"")).collect();
    out.push_str(&format!(
        "\n/** The placeholders templates know, in the order the editor offers them (kense-core). */\nexport const PLACEHOLDERS = [{}] as const;\n",
        names.join(", ")
    ));
    out
}

/// The command names listed for the UI.
pub fn command_names() -> Vec<&'static str> {
    commands(&Config::new())
        .into_iter()
        .map(|c| c.name)
        .collect()
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
            std::fs::write(&path, &generated).unwrap();
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
