//! An event as it is reported: speakers, initiatives, proposals, equipment
//! and ID hand-overs (each deleted with Undo and a line in the event's
//! history), photos (added from a file the user picked, thumbnails as
//! bytes), and the press-release draft (generated, saved as the author
//! edited it, copied to the clipboard from Rust).

use crate::picked::{FileHandle, OpenKind, SaveFormat};
use kense_core::Lang;
use kense_core::equipment::{self, EquipmentHandover, EquipmentInput};
use kense_core::id_handovers::{self, IdHandover, IdHandoverInput};
use kense_core::initiatives::{self, Initiative, InitiativeInput};
use kense_core::photos::{self, Photo, PhotoInput};
use kense_core::press;
use kense_core::proposals::{self, Proposal, ProposalInput};
use kense_core::speakers::{self, Speaker, SpeakerInput};
use tauri::ipc::Response;
use tauri_plugin_clipboard_manager::ClipboardExt;

crate::commands! {
    /// The speakers of an event, in the order they spoke.
    fn list_speakers(state, event_id: i64) -> Vec<Speaker> {
        state.read(|c| speakers::list_speakers(c, event_id))
    }

    /// Adds a speaker to an event.
    fn add_speaker(state, event_id: i64, speaker: SpeakerInput) -> i64 {
        state.write(|s| s.with_tx(|tx| speakers::insert_speaker(tx, event_id, &speaker)))
    }

    /// Saves a speaker.
    fn update_speaker(state, id: i64, speaker: SpeakerInput) -> () {
        state.write(|s| s.with_tx(|tx| speakers::update_speaker(tx, id, &speaker)))
    }

    /// Deletes a speaker.
    fn delete_speaker(state, id: i64) -> () {
        state.write(|s| s.with_tx(|tx| speakers::delete_speaker(tx, id)))
    }

    /// Brings back a deleted speaker (Undo).
    fn restore_speaker(state, id: i64) -> () {
        state.write(|s| s.with_tx(|tx| speakers::restore_speaker(tx, id)))
    }

    /// The initiatives presented at an event.
    fn list_initiatives(state, event_id: i64) -> Vec<Initiative> {
        state.read(|c| initiatives::list_initiatives(c, event_id))
    }

    /// Adds an initiative to an event.
    fn add_initiative(state, event_id: i64, initiative: InitiativeInput) -> i64 {
        state.write(|s| s.with_tx(|tx| initiatives::insert_initiative(tx, event_id, &initiative)))
    }

    /// Saves an initiative.
    fn update_initiative(state, id: i64, initiative: InitiativeInput) -> () {
        state.write(|s| s.with_tx(|tx| initiatives::update_initiative(tx, id, &initiative)))
    }

    /// Deletes an initiative.
    fn delete_initiative(state, id: i64) -> () {
        state.write(|s| s.with_tx(|tx| initiatives::delete_initiative(tx, id)))
    }

    /// Brings back a deleted initiative (Undo).
    fn restore_initiative(state, id: i64) -> () {
        state.write(|s| s.with_tx(|tx| initiatives::restore_initiative(tx, id)))
    }

    /// The proposals drafted at an event.
    fn list_proposals(state, event_id: i64) -> Vec<Proposal> {
        state.read(|c| proposals::list_proposals(c, event_id))
    }

    /// Adds a proposal to an event.
    fn add_proposal(state, event_id: i64, proposal: ProposalInput) -> i64 {
        state.write(|s| s.with_tx(|tx| proposals::insert_proposal(tx, event_id, &proposal)))
    }

    /// Saves a proposal (its text, addressee and status).
    fn update_proposal(state, id: i64, proposal: ProposalInput) -> () {
        state.write(|s| s.with_tx(|tx| proposals::update_proposal(tx, id, &proposal)))
    }

    /// Deletes a proposal.
    fn delete_proposal(state, id: i64) -> () {
        state.write(|s| s.with_tx(|tx| proposals::delete_proposal(tx, id)))
    }

    /// Brings back a deleted proposal (Undo).
    fn restore_proposal(state, id: i64) -> () {
        state.write(|s| s.with_tx(|tx| proposals::restore_proposal(tx, id)))
    }

    /// The equipment handed over at an event.
    fn list_equipment(state, event_id: i64) -> Vec<EquipmentHandover> {
        state.read(|c| equipment::list_equipment(c, event_id))
    }

    /// Records equipment handed over at an event.
    fn add_equipment(state, event_id: i64, equipment: EquipmentInput) -> i64 {
        state.write(|s| s.with_tx(|tx| equipment::insert_equipment(tx, event_id, &equipment)))
    }

    /// Saves an equipment hand-over.
    fn update_equipment(state, id: i64, equipment: EquipmentInput) -> () {
        state.write(|s| s.with_tx(|tx| equipment::update_equipment(tx, id, &equipment)))
    }

    /// Deletes an equipment hand-over.
    fn delete_equipment(state, id: i64) -> () {
        state.write(|s| s.with_tx(|tx| equipment::delete_equipment(tx, id)))
    }

    /// Brings back a deleted equipment hand-over (Undo).
    fn restore_equipment(state, id: i64) -> () {
        state.write(|s| s.with_tx(|tx| equipment::restore_equipment(tx, id)))
    }

    /// The IDs handed over at an event.
    fn list_event_handovers(state, event_id: i64) -> Vec<IdHandover> {
        state.read(|c| id_handovers::list_event_handovers(c, event_id))
    }

    /// The IDs a person received, newest first.
    fn list_person_handovers(state, person_id: i64) -> Vec<IdHandover> {
        state.read(|c| id_handovers::list_person_handovers(c, person_id))
    }

    /// Records that a person received an ID at an event.
    fn add_handover(state, event_id: i64, handover: IdHandoverInput) -> i64 {
        state.write(|s| s.with_tx(|tx| id_handovers::insert_handover(tx, event_id, &handover)))
    }

    /// Saves an ID hand-over.
    fn update_handover(state, id: i64, handover: IdHandoverInput) -> () {
        state.write(|s| s.with_tx(|tx| id_handovers::update_handover(tx, id, &handover)))
    }

    /// Deletes an ID hand-over.
    fn delete_handover(state, id: i64) -> () {
        state.write(|s| s.with_tx(|tx| id_handovers::delete_handover(tx, id)))
    }

    /// Brings back a deleted ID hand-over (Undo).
    fn restore_handover(state, id: i64) -> () {
        state.write(|s| s.with_tx(|tx| id_handovers::restore_handover(tx, id)))
    }

    /// The photos of an event, in the order added.
    fn list_photos(state, event_id: i64) -> Vec<Photo> {
        state.read(|c| photos::list_photos(c, event_id, false))
    }

    /// Adds the JPEG or PNG image the user picked (a handle from
    /// `pick_open_file` with `image`) to an event.
    fn add_photo(state, event_id: i64, file: FileHandle, photo: PhotoInput) -> i64 {
        let path = state.picked().open_path(file, OpenKind::Image)?;
        state.write(|s| s.with_tx(|tx| photos::insert_photo_file(tx, event_id, &path, &photo)))
    }

    /// Saves a photo's caption, credit and «chosen for the report».
    fn update_photo(state, id: i64, photo: PhotoInput) -> () {
        state.write(|s| s.with_tx(|tx| photos::update_photo(tx, id, &photo)))
    }

    /// Deletes a photo.
    fn delete_photo(state, id: i64) -> () {
        state.write(|s| s.with_tx(|tx| photos::delete_photo(tx, id)))
    }

    /// Brings back a deleted photo (Undo).
    fn restore_photo(state, id: i64) -> () {
        state.write(|s| s.with_tx(|tx| photos::restore_photo(tx, id)))
    }

    /// A photo's thumbnail, JPEG bytes.
    fn photo_thumbnail(state, id: i64) -> Response as "ArrayBuffer" {
        state.read(|c| photos::get_thumbnail(c, id)).map(Response::new)
    }

    /// The press-release draft of an event in `lang`, as plain text.
    fn draft_press_release(state, event_id: i64, lang: Lang) -> String {
        state.read(|c| press::draft_press_release(c, event_id, lang).map(|r| r.to_text()))
    }

    /// Saves a press release as its author edited it: `.txt`, or `.docx` with
    /// the event's photos chosen for the report.
    fn save_press_release(state, event_id: i64, text: String, file: FileHandle) -> () {
        let path = state.picked().save_path(file, &[SaveFormat::Txt, SaveFormat::Docx])?;
        state.read(|c| press::save_edited_press_release(c, event_id, &text, &path))?;
        state.picked().wrote(&path);
        Ok(())
    }

    /// Puts `text` on the system clipboard (from Rust: the webview gets no
    /// clipboard permission, and WebKitGTK's own clipboard API is unreliable).
    fn copy_text(app, text: String) -> () {
        app.clipboard()
            .write_text(text)
            .map_err(|e| crate::IpcError::internal(format!("copying to the clipboard: {e}")))
    }
}
