//! Planning: the calendar, itineraries, the delegation, holidays, the
//! programme PDF and calendar files.

use crate::picked::{FileHandle, SaveFormat};
use kense_core::attendance::AttendanceRow;
use kense_core::documents::MissingTranslation;
use kense_core::events::{Event, EventFilter};
use kense_core::kinds::{Invitation, Role};
use kense_core::planning::holidays::{self, Holiday, HolidayInput};
use kense_core::planning::ics::{self, IcsScope};
use kense_core::planning::programme::{self, PlanDocument};
use kense_core::planning::stops::{self, StopInput};
use kense_core::planning::{self, Calendar, HeldInput, Plan, PlanDetails, delegation};
use kense_core::report::ReportLang;
use kense_core::{Lang, documents};
use tauri::ipc::Response;

crate::commands! {
    /// Events and public holidays from `filter.from` to `filter.to`.
    fn get_calendar(state, filter: EventFilter) -> Calendar {
        state.read(|c| planning::calendar(c, &filter))
    }

    /// Moves an event (and its stops) to a new start, keeping its length.
    fn move_event(state, id: i64, starts_at: String) -> Event {
        state.write(|s| s.with_tx(|tx| planning::move_event(tx, id, &starts_at)))
    }

    /// The plan of an event: itinerary, delegation, warnings.
    fn get_plan(state, event_id: i64) -> Plan {
        state.read(|c| planning::get_plan(c, event_id))
    }

    /// Saves the meeting point and transport.
    fn save_plan_details(state, event_id: i64, details: PlanDetails) -> Plan {
        state.write(|s| {
            s.with_tx(|tx| {
                planning::set_plan_details(tx, event_id, &details)?;
                planning::get_plan(tx, event_id)
            })
        })
    }

    /// Adds a stop at the end of the itinerary.
    fn add_stop(state, event_id: i64, stop: StopInput) -> Plan {
        state.write(|s| {
            s.with_tx(|tx| {
                stops::insert_stop(tx, event_id, &stop)?;
                planning::get_plan(tx, event_id)
            })
        })
    }

    /// Saves a stop.
    fn update_stop(state, id: i64, stop: StopInput) -> Plan {
        state.write(|s| {
            s.with_tx(|tx| {
                stops::update_stop(tx, id, &stop)?;
                planning::get_plan(tx, stops::get_stop(tx, id)?.event_id)
            })
        })
    }

    /// Removes a stop.
    fn delete_stop(state, id: i64) -> Plan {
        state.write(|s| {
            s.with_tx(|tx| {
                let event_id = stops::get_stop(tx, id)?.event_id;
                stops::delete_stop(tx, id)?;
                planning::get_plan(tx, event_id)
            })
        })
    }

    /// Puts the stops in a new order (every stop id once).
    fn reorder_stops(state, event_id: i64, ids: Vec<i64>) -> Plan {
        state.write(|s| {
            s.with_tx(|tx| {
                stops::reorder_stops(tx, event_id, &ids)?;
                planning::get_plan(tx, event_id)
            })
        })
    }

    /// Invites people to the event in a role.
    fn invite_people(state, event_id: i64, person_ids: Vec<i64>, role: Role) -> Plan {
        state.write(|s| {
            s.with_tx(|tx| {
                delegation::invite_people(tx, event_id, &person_ids, role)?;
                planning::get_plan(tx, event_id)
            })
        })
    }

    /// Records a delegation member's answer.
    fn set_invitation(state, event_id: i64, attendance_id: i64, invitation: Invitation) -> Plan {
        state.write(|s| {
            s.with_tx(|tx| {
                delegation::set_invitation(tx, attendance_id, invitation)?;
                planning::get_plan(tx, event_id)
            })
        })
    }

    /// Marks the event held with who of the delegation came and the headcount.
    fn mark_event_held(state, event_id: i64, held: HeldInput) -> Event {
        state.write(|s| s.with_tx(|tx| planning::mark_held(tx, event_id, &held)))
    }

    /// The sign-in sheet's lines in printed order (for keying it back).
    fn list_sheet_lines(state, event_id: i64, role: Option<Role>) -> Vec<AttendanceRow> {
        state.read(|c| documents::sheet::sheet_lines(c, event_id, role))
    }

    /// Ticks or unticks a person at an event (every role they have there).
    fn set_person_present(state, event_id: i64, person_id: i64, present: bool, confirm_future: bool) -> () {
        state.write(|s| {
            s.with_tx(|tx| {
                delegation::set_person_present(tx, event_id, person_id, present, confirm_future)
            })
        })
    }

    /// What the programme or invitation list would print in the other
    /// language (a place, a stop's «showing», a position), before printing.
    fn check_plan_document(state, event_id: i64, which: PlanDocument, language: ReportLang) -> Vec<MissingTranslation> {
        state.read(|c| programme::plan_missing_translations(c, event_id, which, language))
    }

    /// The programme or invitation list as PDF bytes.
    fn render_plan_document(state, event_id: i64, which: PlanDocument, language: ReportLang) -> Response as "ArrayBuffer" {
        state
            .read(|c| programme::print_plan(c, event_id, which, language))
            .map(Response::new)
    }

    /// Writes the programme or invitation list as a PDF file.
    fn save_plan_document(state, event_id: i64, which: PlanDocument, language: ReportLang, file: FileHandle) -> () {
        let path = state.picked().save_path(file, &[SaveFormat::Pdf])?;
        state.read(|c| programme::save_plan_document(c, event_id, which, language, &path))?;
        state.picked().wrote(&path);
        Ok(())
    }

    /// Writes an event or a month as an `.ics` calendar file.
    fn save_ics(state, scope: IcsScope, language: Lang, file: FileHandle) -> () {
        let path = state.picked().save_path(file, &[SaveFormat::Ics])?;
        let now = chrono::Utc::now();
        state.read(|c| ics::save_ics(c, &scope, language, &path, now))?;
        state.picked().wrote(&path);
        Ok(())
    }

    /// The public holidays of a year (built-in list with the office's edits).
    fn list_holidays(state, year: i32) -> Vec<Holiday> {
        state.read(|c| holidays::list_holidays(c, year))
    }

    /// Adds or renames a holiday.
    fn save_holiday(state, holiday: HolidayInput) -> Holiday {
        state.write(|s| s.with_tx(|tx| holidays::save_holiday(tx, &holiday)))
    }

    /// Takes a day out of the holidays.
    fn remove_holiday(state, day: String) -> () {
        state.write(|s| s.with_tx(|tx| holidays::remove_holiday(tx, &day)))
    }

    /// Forgets the office's edits of a year; returns how many there were.
    fn reset_holidays(state, year: i32) -> usize {
        state.write(|s| s.with_tx(|tx| holidays::reset_holidays(tx, year)))
    }
}
