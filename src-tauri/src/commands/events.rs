//! Events, attendance, media coverage and memoranda.

use kense_core::attendance::{self, AttendanceRow};
use kense_core::events::{self, Event, EventFilter, EventInput};
use kense_core::kinds::Role;
use kense_core::media::{self, MediaInput, MediaItem};
use kense_core::memoranda::{self, Memorandum, MemorandumInput};

crate::commands! {
    /// Events matching the filters, by start time.
    fn list_events(state, filter: EventFilter) -> Vec<Event> {
        state.read(|c| events::list_events(c, &filter))
    }

    /// One event.
    fn get_event(state, id: i64) -> Event {
        state.read(|c| events::get_event(c, id))
    }

    /// Adds an event.
    fn create_event(state, event: EventInput) -> Event {
        state.write(|s| {
            s.with_tx(|tx| {
                let id = events::insert_event(tx, &event)?;
                events::get_event(tx, id)
            })
        })
    }

    /// Saves an event.
    fn update_event(state, id: i64, event: EventInput) -> Event {
        state.write(|s| {
            s.with_tx(|tx| {
                events::update_event(tx, id, &event)?;
                events::get_event(tx, id)
            })
        })
    }

    /// Deletes an event (undo with restore).
    fn delete_event(state, id: i64) -> () {
        state.write(|s| s.with_tx(|tx| events::delete_event(tx, id)))
    }

    /// Brings back a deleted event.
    fn restore_event(state, id: i64) -> () {
        state.write(|s| s.with_tx(|tx| events::restore_event(tx, id)))
    }

    /// The people of an event.
    fn list_event_attendance(state, event_id: i64) -> Vec<AttendanceRow> {
        state.read(|c| attendance::list_event_attendance(c, event_id))
    }

    /// Adds people to an event; returns how many were new.
    fn add_attendance(state, event_id: i64, person_ids: Vec<i64>, role: Role) -> usize {
        state
            .write(|s| s.with_tx(|tx| attendance::add_attendance(tx, event_id, &person_ids, role)))
    }

    /// Adds everyone in a category to an event.
    fn add_attendance_by_category(state, event_id: i64, category_id: i64, role: Role) -> usize {
        state.write(|s| {
            s.with_tx(|tx| attendance::add_attendance_by_category(tx, event_id, category_id, role))
        })
    }

    /// Adds everyone of an organisation to an event.
    fn add_attendance_by_organisation(state, event_id: i64, organisation_id: i64, role: Role) -> usize {
        state.write(|s| {
            s.with_tx(|tx| {
                attendance::add_attendance_by_organisation(tx, event_id, organisation_id, role)
            })
        })
    }

    /// Ticks or unticks a person as present (at an event still to come only
    /// with `confirm_future`).
    fn set_attendance_present(state, attendance_id: i64, present: bool, confirm_future: bool) -> () {
        state.write(|s| attendance::set_present(s.conn(), attendance_id, present, confirm_future))
    }

    /// Sets a person's nomination or place at an event («I орын» /
    /// «I место»), in Kazakh and Russian (either may be empty), printed on
    /// their diplomas.
    fn set_nomination(state, event_id: i64, person_id: i64, nomination_kk: String, nomination_ru: String) -> () {
        state.write(|s| {
            s.with_tx(|tx| {
                attendance::set_nomination(tx, event_id, person_id, &nomination_kk, &nomination_ru)
                    .map(drop)
            })
        })
    }

    /// Removes a person from an event.
    fn remove_attendance(state, attendance_id: i64) -> () {
        state.write(|s| s.with_tx(|tx| attendance::remove_attendance(tx, attendance_id)))
    }

    /// The publications about an event.
    fn list_media(state, event_id: i64) -> Vec<MediaItem> {
        state.read(|c| media::list_media(c, event_id))
    }

    /// Adds a publication to an event.
    fn add_media(state, event_id: i64, media: MediaInput) -> i64 {
        state.write(|s| s.with_tx(|tx| media::insert_media(tx, event_id, &media)))
    }

    /// Saves a publication.
    fn update_media(state, id: i64, media: MediaInput) -> () {
        state.write(|s| s.with_tx(|tx| media::update_media(tx, id, &media)))
    }

    /// Deletes a publication.
    fn delete_media(state, id: i64) -> () {
        state.write(|s| s.with_tx(|tx| media::delete_media(tx, id)))
    }

    /// Brings back a deleted publication (Undo).
    fn restore_media(state, id: i64) -> () {
        state.write(|s| s.with_tx(|tx| media::restore_media(tx, id)))
    }

    /// The memoranda of an event.
    fn list_memoranda(state, event_id: i64) -> Vec<Memorandum> {
        state.read(|c| memoranda::list_memoranda(c, event_id))
    }

    /// Adds a memorandum to an event.
    fn add_memorandum(state, event_id: i64, memorandum: MemorandumInput) -> i64 {
        state.write(|s| s.with_tx(|tx| memoranda::insert_memorandum(tx, event_id, &memorandum)))
    }

    /// Deletes a memorandum.
    fn delete_memorandum(state, id: i64) -> () {
        state.write(|s| s.with_tx(|tx| memoranda::delete_memorandum(tx, id)))
    }

    /// Brings back a deleted memorandum (Undo).
    fn restore_memorandum(state, id: i64) -> () {
        state.write(|s| s.with_tx(|tx| memoranda::restore_memorandum(tx, id)))
    }
}
